"""x / 2 on unknown objects and math.NAME(...) on a non-module `math` are
float predictions only: Fraction / 2 stays a Fraction, Decimal / 2 works, and
the int literal in math.sqrt(v) * 3 stays an int (a working-tree regression
seen during this round)."""
from fractions import Fraction
from decimal import Decimal
import types

def half(x):
    return x / 2

print(half(Fraction(7, 3)), half(3))
try:
    print(half(Decimal("7.5")))
except TypeError as e:
    print("TypeError:", e)

math = types.SimpleNamespace(sqrt=lambda v: "ab")

def f(v):
    return math.sqrt(v) * 3

print(f(4))
