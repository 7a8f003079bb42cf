"""Functions looking int/float-specialized called with IntEnum, Fraction, Decimal, bool."""
import enum
from fractions import Fraction
from decimal import Decimal

class_ns = {}
Color = enum.IntEnum("Color", "RED GREEN BLUE")

def tri(n):
    s = 0
    i = 0
    while i < n:
        i += 1
        s += i * i
    return s

def scale(x):
    y = x * 2 + 1
    y = y // 3
    return y, y % 5, -y

def fsum(xs):
    t = 0.0
    for x in xs:
        t += x
    return t

def half(x):
    return x / 2

for i in range(5):
    print(tri(i), scale(i), half(i))
print(tri(Color.BLUE), scale(Color.GREEN), half(Color.RED))
print(type(scale(Color.GREEN)[0]).__name__)
print(scale(Fraction(7, 3)), half(Fraction(7, 3)))
print(scale(Decimal("7.5")), half(Decimal("7.5")))
print(scale(True), scale(False), half(True), tri(True))
print(fsum([1, 2, 3]), fsum([Fraction(1, 3)] * 3), fsum([Decimal("0.1")] * 3) if False else "skip")
try:
    print(fsum([Decimal("0.1")] * 3))
except TypeError as e:
    print("TypeError", e)
print(fsum([True, True, 2**70]))
print(repr(Color.RED + 1), repr(Color.RED * Color.BLUE), repr(-Color.GREEN))
print(Color.BLUE << 62, Color.BLUE << 63, Color.BLUE ** 40)
def cmpit(a, b):
    return a < b, a == b, a >= b, a != b
print(cmpit(Color.RED, 1), cmpit(Fraction(1, 2), 0.5), cmpit(Decimal(1), 1), cmpit(True, 1.0))
def idx(seq, i):
    return seq[i], seq[-i]
print(idx("abcdef", Color.GREEN), idx([10, 20, 30], True))
print(tri(Decimal(4)), tri(Fraction(7, 2)), tri(3.5))
