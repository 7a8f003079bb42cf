"""Float prediction fed Fractions, Decimals, complex, bools, big ints,
array items and objects whose operators raise."""
import math
from fractions import Fraction
from decimal import Decimal
from array import array

def mix(x, y):
    a = x * 1.5
    b = y / 4
    c = a + b
    d = c - y
    return a, b, c, d, type(d).__name__

def show(r):
    print(tuple([repr(v) for v in r]))

for args in ((2, 3), (True, False), (Fraction(1, 3), Fraction(2, 5)),
             (2**70, 3**45), (1 + 2j, 3j), (0.1, -0.0), (float("inf"), 1)):
    show(mix(*args))

for args in ((Decimal("1.5"), 2), ("ab", 1), ([1], 2), (None, 1), (2, "q")):
    try:
        show(mix(*args))
    except TypeError as e:
        print("TypeError:", e)

def sum_scaled(items, f):
    s = 0.0
    for it in items:
        s += it * f
    return s, type(s).__name__

print(sum_scaled(array("d", [1.5, 2.5, -0.25]), 2.0))
print(sum_scaled(array("i", [1, 2, 3]), 0.5))
print(sum_scaled(array("q", [2**62, -(2**62), 7]), 1.0))
print(sum_scaled([Fraction(1, 2), Fraction(1, 3)], 3))
print(sum_scaled([1j, 2], 1.0))
print(sum_scaled([True, True, False], 0.25))
try:
    print(sum_scaled([Decimal(1)], 0.5))
except TypeError as e:
    print("TypeError:", e)

class_bad = type("Bad", (), {
    "__mul__": lambda s, o: 1 / 0,
    "__rmul__": lambda s, o: "r" * 2,
    "__truediv__": lambda s, o: Fraction(7, 2),
})

def use_bad(b):
    p = 2.0 * b
    q = b / 2
    return p, q

print(use_bad(class_bad()))
try:
    sum_scaled([class_bad()], 2.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

def funcs(v):
    return (math.sqrt(v), math.sin(v) if v < 100 else 0.0, float(v),
            abs(v), round(v), int(v), max(v, 0.5), min(v, 2))

print(funcs(4), funcs(Fraction(9, 4)), funcs(True), funcs(2.5), funcs(3.5))
print(funcs(Decimal("6.25")))
for bad in (-1, "4", 10**400):
    try:
        print(funcs(bad))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
