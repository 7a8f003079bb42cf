# Floats are predicted from one float operand, true division, float() and
# math functions; a wrong guess (ints, Fractions, Decimals, strings in the
# list) still computes what CPython computes.
# expect: dot(obj, obj) -> float
# expect: norm(obj) -> float
# expect: scale(float, float) -> float native
import math
from fractions import Fraction
from decimal import Decimal


def dot(a, b):
    s = 0.0
    for k in range(len(a)):
        s += a[k] * b[k]
    return s


def norm(v):
    return math.sqrt(dot(v, v))


def scale(x, n):
    y = x / n
    z = float(n) + y * 2.0
    return z - abs(y) + min(y, 1.5)


print(dot([1.5, 2.0, 3.25], [2.0, 0.5, 4.0]))
print(dot([1, 2, 3], [4, 5, 6]), type(dot([1], [2])))
print(dot([Fraction(1, 3)], [Fraction(3, 4)]))
print(norm([3.0, 4.0]), norm([3, 4]))
print(scale(7, 2), scale(7.5, 2.5), scale(Fraction(7, 3), 2))
print(scale(10**20, 3), scale(-1, 4))
try:
    dot(["a"], ["b"])
except TypeError as e:
    print("TypeError:", e)
try:
    scale(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(dot([Decimal("1.1")], [Decimal("2")]))
except TypeError as e:
    print("TypeError:", e)
