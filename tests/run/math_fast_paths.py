"""math.f(x) for the one-argument float functions runs the C library
directly while math.f is the math module's builtin: same values, same
errors (ValueError / OverflowError come from the real function), and
rebinding math.f or the name math is seen at once."""
# expect-c: aotg_math1_f(
# expect-c: aotg_math1_t(
import math

NAMES = ["sqrt", "exp", "log", "log2", "log10", "sin", "cos", "tan",
         "asin", "acos", "atan", "sinh", "cosh", "tanh", "fabs"]


def each(x):
    out = []
    for name in NAMES:
        try:
            out.append(repr(getattr(math, name)(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


def fast_float(x):
    # every call below has a float argument: the fast path
    y = x * 1.0
    r = []
    for k in range(3):
        try:
            r.append(math.sqrt(y))
        except ValueError as e:
            r.append("sqrt " + str(e))
        try:
            r.append(math.log(y))
        except ValueError as e:
            r.append("log " + str(e))
        try:
            r.append(math.exp(y))
        except OverflowError as e:
            r.append("exp " + str(e))
        try:
            r.append(math.asin(y))
        except ValueError as e:
            r.append("asin " + str(e))
        r.append(math.sin(y) + math.cos(y) + math.atan(y) + math.fabs(y))
        r.append(math.tanh(y) + math.log2(math.fabs(y) + 2.0) + math.log10(math.fabs(y) + 2.0))
        try:
            r.append(math.cosh(y) - math.sinh(y))
        except OverflowError as e:
            r.append("cosh " + str(e))
        try:
            r.append(math.tan(y) + math.acos(y / 1000.0))
        except ValueError as e:
            r.append("acos " + str(e))
        y = -y
    return r


def fast_int(n):
    # int arguments: converted as CPython converts them
    k = n + 0
    out = []
    try:
        out.append(math.sqrt(k))
    except ValueError as e:
        out.append("sqrt " + str(e))
    try:
        out.append(math.log(k))
    except ValueError as e:
        out.append("log " + str(e))
    try:
        out.append(math.exp(k))
    except OverflowError as e:
        out.append("exp " + str(e))
    out.append(math.fabs(k))
    return out


def total(n):
    s = 0.0
    for i in range(n):
        s += math.sqrt(i * 0.5) + math.sin(i)
    return s


for x in [0.0, -0.0, 0.5, 1.0, -1.0, 2.0, 1e-310, 710.0, -745.5, 1e308,
          float("inf"), float("-inf"), float("nan"), 3, -3, 0, 10**20,
          2**62, -2**62, 2**53 + 1, True]:
    print(x, each(x))
for x in [0.25, 2.0, 800.0, 1e-300, 5e-324, 1e300]:
    print(fast_float(x))
for n in [0, 1, 7, -4, 900, 2**53 + 1, 2**62 - 1, -2**62, 10**30, -10**30]:
    print(n, fast_int(n))
print(total(1000))


# Rebinding math.sqrt is seen by the next call, and restoring it too.
def sq(x):
    return math.sqrt(x * 1.0)


print(sq(16.0))
real = math.sqrt
math.sqrt = lambda v: -v
print(sq(16.0))
math.sqrt = real
print(sq(16.0))
math.sqrt = math.cos
print(sq(0.0))
math.sqrt = real
real_fabs = math.fabs
del math.fabs
try:
    print(math.fabs(2.5))
except AttributeError as e:
    print("AttributeError:", e)
import math as m2
print(sq(25.0), m2.fabs if hasattr(m2, "fabs") else "no fabs")
m2.fabs = real_fabs
math = {"sqrt": 1}
try:
    print(sq(4.0))
except AttributeError as e:
    print("AttributeError:", e)
del math
try:
    print(sq(4.0))
except NameError as e:
    print("NameError:", e)


# A local or parameter named math is not the module.
def local_math(math):
    return math.sqrt(9.0)


def local_math2():
    math = {"x": 1}
    try:
        return math.sqrt(9.0)
    except AttributeError as e:
        return str(e)


import math
import types

fake = types.SimpleNamespace(sqrt=lambda v: v * 10)
print(local_math(fake), local_math(math), local_math2())


# Nested calls: math.log(1 + math.exp(x)) keeps both on the fast path,
# and an inner call that raises leaves the outer one uncalled.
def softplus(x):
    return math.log(1.0 + math.exp(x * 1.0))


print([softplus(v) for v in [-30.0, -1.0, 0.0, 1.0, 30.0, 700.0]])
try:
    print(softplus(800.0))
except OverflowError as e:
    print("OverflowError:", e)


# Another module's sqrt is not math's, even under the name "math".
import cmath

cmath_name = cmath.__name__
cmath.__name__ = "math"
math.sqrt = cmath.sqrt
print(sq(4.0))
math.sqrt = real
cmath.__name__ = cmath_name
print(sq(4.0))
