"""f(x) after `from math import f [as g]` runs the C library while the name
holds the math module's builtin; rebinding the name, or binding it to
another math function, is seen at the next call."""
# expect-c: aotg_mathn_f(
# expect-c: aotg_mathn_t(
from math import sqrt, exp as e, log, sin, cos, fabs


def norm(x, y):
    return sqrt(x * x + y * y)


def f(n):
    s = 0.0
    for i in range(1, n):
        s += log(i) + sin(i * 0.5) * cos(i * 0.25) + e(-i * 1.0) + fabs(i - 50)
    return s


def g(n):
    k = n + 0
    try:
        return sqrt(k)
    except ValueError as err:
        return "ValueError: " + str(err)


print(norm(3.0, 4.0), f(100), g(16), g(-4), g(2 ** 62 - 1), g(10 ** 40))
try:
    print(e(1000.0 + 0.0))
except OverflowError as err:
    print("OverflowError:", err)
try:
    print(log(0.0 * 1.0))
except ValueError as err:
    print("ValueError:", err)
sqrt = cos
print(norm(3.0, 4.0))
sqrt = lambda v: "patched %r" % v
print(norm(3.0, 4.0))
del sqrt
try:
    print(norm(3.0, 4.0))
except NameError as err:
    print("NameError:", err)
from math import sqrt
print(norm(6.0, 8.0))


def shadow(sqrt):
    return sqrt(2.0)


print(shadow(lambda v: v * 100), shadow(fabs))
