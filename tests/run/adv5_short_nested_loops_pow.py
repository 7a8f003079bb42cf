"""Nested-loop int work crossing into big ints, int() of long strings, shifts
and ** at the 2**62/2**63 boundaries."""
def f(n, k=3):
    t = 0
    for i in range(n):
        for j in range(k):
            t = t * 7 + i * j
            if t > 2**64:
                t = t - (t >> 3) * 8
                continue
        if i == 5:
            x = t
    return t, x

print(f(10), f(10, 20), f(6, 2**2))
try:
    print(f(3))
except UnboundLocalError as e:
    print("UnboundLocalError", e)

def g(s):
    a = int(s)
    b = a + 1
    c = b * 2
    return a, b, c, c - a
for s in ("12", "9" * 30, "-" + "9" * 19, "0x10" if False else "  77 ", "1_000"):
    print(g(s))

def h(n):
    acc = 1
    i = 0
    while True:
        i += 1
        acc <<= i
        if acc.bit_length() > n:
            break
    while acc > 1:
        acc >>= 7
        i -= 1
    return acc, i

print(h(10), h(62), h(63), h(64), h(500))

def p(b, e):
    r = b ** e
    s = r + 1
    return r, s, s.bit_length()
for b, e in ((2, 61), (2, 62), (2, 63), (-2, 63), (3, 39), (3, 40), (0, 0), (-1, 2**70)):
    print(p(b, e))

def q(x):
    y = x * x
    z = y * y
    w = z // (y + 1)
    return w - x * x + x
print([q(v) for v in (0, 1, 100, 2**15, 2**16, 2**31, 2**32, -(2**31) - 1)])
