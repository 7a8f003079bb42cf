"""True division, float(), round/int/abs/floor chains fed ints, bools, big ints,
strings; floordiv/mod/pow with mixed int/float operands."""
import math
def f(x, n):
    r = []
    for i in range(n):
        y = x / (i + 1)
        z = y * y - x
        r.append((y, z, abs(z), round(z, 2), int(z), math.floor(y)))
    return r
print(f(7, 3))
print(f(7.5, 2))
print(f(True, 2))
print(f(10**30, 2))
print(f(-0.0, 2))
try:
    print(f(float("inf"), 2))
except (OverflowError, ValueError) as e:
    print(type(e).__name__, e)
try:
    print(f(float("nan"), 2))
except (OverflowError, ValueError) as e:
    print(type(e).__name__, e)

def g(a, b):
    c = a // b
    d = a % b
    e = divmod(a, b)
    f_ = a ** b
    return c, d, e, f_, type(f_).__name__
for a, b in ((7, 2), (7.0, 2), (-7, 2.5), (2, -1), (2, 0.5), (-8, 1/3), (10, 30), (3, 40), (2**62, 2)):
    try:
        print(g(a, b))
    except Exception as e:
        print(type(e).__name__, e)

def h(x):
    a = float(x)
    b = a / 3
    c = int(b)
    d = round(b)
    e = round(b, 1)
    return a, b, c, d, e, type(d).__name__, type(e).__name__
for v in (10, "2.5", " 1e3 ", 2**80, True, "inf", "-0"):
    try:
        print(h(v))
    except Exception as e:
        print(type(e).__name__, e)
