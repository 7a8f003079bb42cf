"""Unboxed bool locals (from not/True/False) mixed with ints, floats, identity and formatting."""
def bools(x):
    b = not x
    c = True
    d = False
    if x:
        c = False
        d = not b
    res = [b + 1, b * 2.5, c - d, -b, ~c, +d, b << 62, c << 63, b ** 0, d ** 0, 10 // (c + 1)]
    res.append((b is True, c is False, d is not None, b == 1, b == 1.0, b is not False))
    res.append((f"{b}|{c!r}|{d:d}|{b:>6}|{c:.2f}|{d:x}", str(b), repr(c), b.real, c.bit_length()))
    res.append((type(b).__name__, [b, c, d].count(True), {b: "k"}, {1: "one"}[True] if b or c else None))
    return res

for x in (0, 1, "", "s", 0.0, -0.0, None, [0]):
    print(bools(x))

def count_true(xs):
    n = 0
    flag = False
    for v in xs:
        flag = not flag
        n += flag
        n += (not v)
    return n, flag, sum([not v for v in xs]), sum([True] * 5, 2**62)
print(count_true([0, 1, 2, 0, "", "x"]), count_true([]))

def toggle(n):
    f = True
    cnt = 0
    while f:
        cnt += 1
        f = not (cnt >= n)
    return cnt, f, f + f, f * 2**63
print(toggle(5), toggle(0))

def mixed_bool_arith():
    t = True
    t = t + t
    t = t * 2**62
    t = t + 0.5
    return t
print(mixed_bool_arith())
def bool_div():
    b = not 0
    out = []
    for d in (True, False, 1, 0.0):
        try:
            out.append((b / d, b // d, b % d))
        except ZeroDivisionError as e:
            out.append(str(e))
    return out
print(bool_div())
