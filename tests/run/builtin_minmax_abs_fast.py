# min/max/abs of predicted ints and floats compare the unboxed words behind
# a guard that the names still mean the builtins; anything else (big ints,
# bools, mixed kinds, strings, NaN, rebound names) gives CPython's answer.
# expect: h(int) -> int native
# expect: k(int) -> float native
# expect-c: aotg_mm_tv(
# expect-c: aotg_mm_fv(
import builtins


def f(a, b, c):
    return min(a, b), max(a, b, c), abs(a - b), min(a, b, c), max(c, a)


def g(x, y):
    return min(x, y), max(x, y), abs(x), abs(y)


def h(n):
    t = 0
    for i in range(n):
        t += min(i, n - i) + max(i % 7, 3) + abs(i - 50)
    return t


def k(n):
    s = 0.0
    for i in range(n):
        x = i * 0.5
        s += min(x, 10.0) + max(x, 3.5, 2.0) + abs(x - 7.25)
    return s


def ties():
    # min keeps the first of equal items, max too: identity shows which
    a, b = 10**20, 10**20
    return min(a, b) is a, max(a, b) is a, min(1.0, 1) , max(1, 1.0)


print(f(1, 2, 3), f(-5, -5, 0))
print(f(2**62, -2**62, 2**70), f(-2**62, 0, 1), f(-2**62 - 1, 2**62, 0))
print(g(1.5, -2.5), g(float("nan"), 1.0), g(1.0, float("nan")))
print(g(0.0, -0.0), g(-0.0, 0.0), g(-float("inf"), 1e308))
print(h(1000), k(1000), ties())
print(f(True, False, 1), f(1, True, 0), f(1.5, 2, 3))
try:
    print(f("a", 1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    print(g("a", "b"))
except TypeError as e:
    print("TypeError", e)
try:
    print(min(1, 2, key=None), max(1, 2, default=0))
except TypeError as e:
    print("TypeError", e)
print(min("b", "a"), max([1], [2]), f(1, 2.5, 3))
builtins.min = lambda *a: ("mymin", a)
print(f(1, 2, 3), h(3))
del builtins.min
globals()["max"] = lambda *a: "mymax"
globals()["abs"] = lambda x: -1.5
print(f(1, 2, 3), g(1.5, 2.5), h(3), k(3))
del globals()["max"], globals()["abs"]
print(f(1, 2, 3), g(1.5, 2.5), h(3), k(3))
del builtins.abs
try:
    h(3)
except NameError as e:
    print("NameError", e)
