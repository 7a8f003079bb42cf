# Locals bound only to values of unknown type (items, attributes, unknown
# calls, unpacked or iterated values) take their type from their uses:
# meeting ints makes a predicted int, meeting floats a predicted float.
# A wrong guess (strings, big ints, Fractions, None) must change nothing.
# expect: chase(obj) -> int
# expect: total(obj) -> int
# expect: fsum(obj) -> float
# expect: dist(obj, obj) -> float
from fractions import Fraction
import math


def chase(perm):
    k = perm[0]
    steps = 0
    while k:
        nxt = perm[k]
        perm[k] = k
        k = nxt
        steps += 1
        if steps > 100:
            break
    return steps + k * 0


def total(items):
    t = 0
    for x in items:
        t += x
    return t


def fsum(items):
    s = 0.0
    for x in items:
        s += x * 0.5
    return s


def dist(p, q):
    x1, y1 = p
    x2, y2 = q
    dx = x1 - x2
    dy = y1 - y2
    return math.sqrt(dx * dx + dy * dy) * 1.0


def mixed(rows):
    out = []
    for r in rows:
        v = r[0]
        if v > 3:
            out.append(v - 1)
        else:
            out.append(v)
    return out


def strings(words):
    n = 0
    for w in words:
        c = w[0]
        if c == "a":
            n += 1
        n += len(w)
    return n


def attr_items(objs):
    best = None
    for o in objs:
        v = o.real
        if best is None or v > best:
            best = v
    return best


print(chase([3, 0, 1, 2]), chase([0]), chase([2, 2, 0]))
print(total([1, 2, 3]), total([2**62, 2**62]), total([1.5, 2]))
print(total([Fraction(1, 3), Fraction(2, 3)]), total([True, True]))
try:
    total(["a", "b"])
except TypeError as e:
    print("TypeError", e)
print(fsum([1, 2, 3]), fsum([1.5, 2.5]), fsum([Fraction(1, 2)]), fsum([2**70]))
print(dist((0, 0), (3, 4)), dist((0.5, 1.5), (2.5, -0.5)), dist((1, 2), (1, 2)))
print(dist((Fraction(1), 0), (0, Fraction(1))))
print(mixed([[5], [1], [2**63], [4.5], [-7]]))
try:
    mixed([["x"]])
except TypeError as e:
    print("TypeError", e)
print(strings(["abc", "b", "aa"]), attr_items([3, 7, 2**64, -1]))
print(attr_items([1.5, 2.5]), attr_items([]))
