"""Int-typed params receiving bools, huge ints, int subclasses; float params
receiving ints, NaN, inf, -0.0 and floats subclasses."""
import math

def isum(a, b):
    c = a + b
    d = a * b - c
    return c, d, type(c).__name__, a << 2

def fops(x, y):
    s = x + y
    p = x * y
    q = x - y
    return s, p, q, type(s).__name__, math.copysign(1.0, p)

print(isum(3, 4))
print(isum(True, False), isum(True, True))
print(isum(2**100, -1), isum(-(2**62), -(2**62)))
print(isum(2**62, 0))
print(fops(1.5, 2.25))
print(fops(1, 2))
print(fops(-0.0, 0.0), fops(-0.0, -0.0))
print(fops(float("inf"), float("-inf")))
print(fops(float("nan"), 1.0)[3])
print(fops(True, 0.5))
print(fops(10**20, 0.5))
try:
    print(fops(10**400, 0.5))
except OverflowError as e:
    print("OverflowError:", e)

def mixed(n, x):
    t = 0.0
    for i in range(n):
        t += x * i
    k = n * n
    return t, k, repr(t)

print(mixed(5, 0.1), mixed(3, -0.0), mixed(0, 2.0))
print(mixed(4, 7), mixed(2**31, 0.0) if False else mixed(4, float("nan")))
print(mixed(True, 3.0))

class_like = type("I", (int,), {"__add__": lambda s, o: "added"})
try:
    print(isum(class_like(3), 4))
except TypeError as e:
    print("TypeError:", e)

F = type("F", (float,), {"__mul__": lambda s, o: "mul"})
try:
    print(mixed(3, F(2.0)))
except TypeError as e:
    print("TypeError")

def cmp_params(a, b):
    return a < b, a == b, a >= b, (a > b) + (a != b)

print(cmp_params(1, 1.0), cmp_params(2**63, 2.0**63), cmp_params(float("nan"), 1))
print(cmp_params(-0.0, 0), cmp_params(2**53 + 1, float(2**53)))
