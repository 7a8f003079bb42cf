# An int accumulator updated with a value of unknown type (total +=
# f(x)) works on tagged words: ints of any size, floats, bools, objects
# with their own operators, and the errors of unsupported operands.
# expect-c: AotTV_InPlaceSubSlow(
import math


def values(kind):
    if kind == 0:
        return [1, 2, 3, 2**62, -(2**63), 7]
    if kind == 1:
        return [1, 2.5, 3]
    if kind == 2:
        return [True, False, True]
    return [1, "x"]


def accumulate(kind):
    t = 0
    for v in values(kind):
        t += v
    return t


def mixed_ops(xs):
    t = 1
    for x in xs:
        t -= math.gcd(x, 12)
        t *= x
        t //= 3
        t %= 1000003
        t |= math.gcd(x, 8)
        t ^= x
        t &= 0xFFFFFFF
        t <<= 1
        t >>= 1
    return t


def frac(xs):
    from fractions import Fraction
    t = 0
    for x in xs:
        t += Fraction(x, 3)
    return t


for kind in range(4):
    try:
        r = accumulate(kind)
        print(kind, r, type(r).__name__)
    except TypeError as e:
        print(kind, "TypeError", e)
print(mixed_ops(list(range(1, 200))))
print(frac([1, 2, 3]))
total = 0
for i in range(3000):
    total += math.gcd(i, 12)
print(total)
