"""Module-level numeric loops whose globals are changed by called functions mid-loop."""
def bump():
    global i, total, step
    i = i * 2**61
    total += 0.5
    step = -step

def kill():
    global total
    del total

total = 0
step = 3
log = []
for i in range(6):
    total += i * step
    if i == 2:
        bump()
    log.append((i, total, step))
print(log, i)

n = 2**62 - 3
while n < 2**62 + 3:
    n += 1
    if n == 2**62:
        globals()["n"] = -n
        print("flipped", n)
        break
print(n)

for k in range(3):
    total = total * 2**62
    if k == 1:
        kill()
        try:
            total
        except NameError as e:
            print("NameError:", e)
        total = 0.25
print(total)

acc = 0
for x in [1, 2**62, -2**63, 0.5, True, 2**64]:
    acc = acc * 3 + x
    print(repr(acc))
vals = list(range(5))
for j in range(len(vals)):
    vals[j] = vals[j] ** 17 - j * 2**62
    del vals[0:0]
print(vals)
