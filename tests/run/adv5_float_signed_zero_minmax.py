"""Float-typed locals with -0.0, NaN, inf, subnormals, ints and bools: repr/type
of +,-,*,/ results, min/max/abs/round/trunc/floor/ceil, float sums."""
import math
def fl(x, y):
    a = x + 0.5
    b = a * y
    c = b - x
    d = c / y
    return a, b, c, d

def rep(t):
    return [repr(v) + ":" + type(v).__name__ for v in t]

for args in ((1.0, 2.0), (-0.0, 1.0), (0.0, -1.0), (1e308, 10.0), (float("nan"), 1.0),
             (float("inf"), float("inf")), (3, 2**60), (5e-324, 0.5), (1.0, True)):
    try:
        print(rep(fl(*args)))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
for args in ((1.0, 0.0), (1.0, -0.0), (1.0, False), (1.0, 0)):
    try:
        print(rep(fl(*args)))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

def negz(x):
    y = -x
    z = x * -1.0
    w = 0.0 - x
    return math.copysign(1, y), math.copysign(1, z), math.copysign(1, w), y == w

print(negz(0.0), negz(-0.0), negz(0), negz(2.5))

def minmax(a, b):
    lo = min(a, b)
    hi = max(a, b)
    return repr(lo), repr(hi), repr(abs(lo) + hi)

for a, b in ((0.0, -0.0), (-0.0, 0.0), (float("nan"), 1.0), (1.0, float("nan")), (1, 1.0), (1.0, 1), (True, 1), (2**70, 1e21)):
    print(minmax(a, b))

def rounds(x):
    return round(x), round(x, 0), round(x, -1), round(x, 3), int(x), math.trunc(x), math.floor(x), math.ceil(x)

for v in (2.5, 3.5, -2.5, -0.5, 0.49999999999999994, 1e16 + 1, 123456.78951, -0.0):
    print(rep(rounds(v)))
for v in (float("inf"), float("nan")):
    try:
        print(rounds(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)

def fsum(items):
    s = 0.0
    m = 1.0
    for v in items:
        s = s + v
        m = m * v
    return repr(s), repr(m), type(s).__name__

print(fsum([0.1] * 10), fsum([1e308, 1e308]), fsum([-0.0]), fsum([1, 2, 3]), fsum([True]))
print(fsum([2**1023, 2**1023]) if False else fsum([1.0, 2**53]))
try:
    print(fsum([2**1024]))
except OverflowError as e:
    print("OverflowError:", e)
