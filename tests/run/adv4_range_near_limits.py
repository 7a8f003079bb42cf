"""range() loops with bounds/steps near the tagged (2**62) and int64 (2**63) limits."""
T = 2**62
L = 2**63

def collect(a, b, s):
    out = []
    for i in range(a, b, s):
        out.append(i - a)
        if len(out) > 6:
            break
    return out

def collect2(a, b):
    out = []
    for i in range(a, b):
        out.append(i)
    return out

cases = [
    (T - 5, T - 1, 3), (T - 5, T + 5, 3), (T - 2, T + 2, 1), (L - 5, L - 1, 2),
    (L - 5, L + 5, 4), (-T + 3, -T - 6, -4), (-L + 3, -L - 6, -4), (0, L, T),
    (0, 2 * L, L - 1), (-1, -L - 1, -T), (T - 1, -T, -(L - 1)), (0, 10, L),
    (5, -5, -L), (T + 1, T, -1), (-T - 1, -T + 2, 1),
]
for a, b, s in cases:
    print(a, b, s, collect(a, b, s), len(range(a, b, s)))

for a, b in [(T - 3, T), (T - 3, T + 2), (L - 2, L + 1), (-T - 2, -T + 1), (-L - 1, -L + 2)]:
    print(collect2(a, b))

def total(a, b, s):
    t = 0
    n = 0
    for i in range(a, b, s):
        t += i
        n += 1
    return t, n

print(total(T - 100, T + 100, 7))
print(total(L - 100, L + 100, 9))
print(total(-T + 50, -T - 50, -3))
print(total(-(10**20), 10**20, 10**19))

def step_err(s):
    try:
        for i in range(0, 10, s):
            print("never", i)
        return "ok"
    except ValueError as e:
        return "ValueError: " + str(e)
print(step_err(0), step_err(L), step_err(-L))

def last_i(a, b, s):
    i = "unset"
    for i in range(a, b, s):
        pass
    return i
print(last_i(T - 10, T + 10, 6), last_i(L, L - 20, -7), last_i(5, 5, 1))
print([j * j for j in range(T - 2, T + 2)])
print([j for j in range(L + 1, L - 3, -1)])
