total = 0
items = []
name = "s"
def step(i):
    global total, items, name
    total += i
    items += [i]
    name *= 2 if i == 2 else 1
    return total
for i in range(5):
    step(i)
print(total, items, name)
x = 10
def nested_loops():
    global x
    for a in range(3):
        for b in range(3):
            if b == a:
                continue
            x -= 1
            if x < 7:
                break
    x //= 2
    x **= 3
    x <<= 1
    x %= 11
    x |= 8
    x ^= 3
    x &= 14
    x >>= 1
nested_loops()
print(x)
fl = 1.5
def fstep():
    global fl
    while fl < 100:
        fl *= 3
    fl /= 4
fstep()
print(fl)
big = 2 ** 62
def bigstep():
    global big
    for _ in range(3):
        big += big
bigstep()
print(big)
d = {"k": 0}
def dstep():
    global d
    d["k"] += 1
    d |= {"z": 2}
dstep(); dstep()
print(d)
