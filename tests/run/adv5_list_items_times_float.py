"""List/array/bytes/range/dict items multiplied by floats (unboxed prediction)
with Fractions, Decimals, strs, complex, NotImplemented operands, huge ints."""
from fractions import Fraction
from decimal import Decimal
from array import array

def R(self, o):
    return ("rmul", o)
def M(self, o):
    return NotImplemented
Odd = type("Odd", (), {"__mul__": M, "__rmul__": R, "__repr__": lambda s: "Odd"})

def weighted(lst, w):
    s = 0.0
    for i in range(len(lst)):
        s = s + lst[i] * w
    return s

def scaled(lst):
    out = []
    for i in range(len(lst)):
        v = lst[i] * 0.5
        out.append(v)
        out.append(lst[i] * 2.0 - 1.0)
    return out

def show(fn, *a):
    try:
        r = fn(*a)
        print(fn.__name__, repr(r), type(r).__name__)
    except Exception as e:
        print(fn.__name__, type(e).__name__, e)

show(weighted, [1.0, 2.0], 0.5)
show(weighted, [1, 2**60, 3], 0.5)
show(weighted, [1, 2**1100], 0.5)
show(weighted, (1.5, 2.5), 2)
show(weighted, [Fraction(1, 3)], 1.5)
show(weighted, [Decimal(1)], 1.5)
show(weighted, ["ab"], 1.5)
show(weighted, [[1]], 2.0)
show(weighted, [Odd()], 1.5)
show(weighted, [1j, True], 1.5)
show(weighted, array("f", [0.1, 0.2]), 3.0)
show(weighted, b"\x01\x02", 0.25)
show(weighted, "ab", 1.0)
show(weighted, range(5), 0.1)
show(weighted, {0: 1.5, 1: 2.5}, 2.0)
show(scaled, [1.0, 2.5])
show(scaled, [3, -0.0])
show(scaled, [Fraction(3, 2)])
show(scaled, [Odd()])
show(scaled, [float("nan"), float("inf")])
show(scaled, [10**400])
show(scaled, [None])

def item_mul_assign(lst, k):
    for i in range(len(lst)):
        lst[i] = lst[i] * k
        lst[i] *= 1.5
    return lst
show(item_mul_assign, [1, 2.0, True], 2.0)
show(item_mul_assign, [Fraction(1, 2)], 2)
show(item_mul_assign, ["a"], 2)

def two_d(m):
    s = 0.0
    for r in range(len(m)):
        for c in range(len(m[r])):
            s += m[r][c] * 1.5
    return s
show(two_d, [[1, 2], [3.5]])
show(two_d, [[1, 2], [Fraction(1, 4)]])
show(two_d, [[1, 2], ["x"]])
