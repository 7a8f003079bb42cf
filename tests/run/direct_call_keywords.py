# Calls of module-level functions with keyword arguments naming the
# parameters right after the positional ones call the compiled function
# directly; a rebound name (another signature), changed __defaults__,
# positional-only parameters and unknown keywords behave as in CPython.
# expect-c: PY_VECTORCALL_ARGUMENTS_OFFSET, aot_K[
def scale(x, factor=2, offset=0):
    return x * factor + offset


def g(a, /, b=1, c=2):
    return a + b + c


def run(n):
    t = 0
    for i in range(n):
        t += scale(i, factor=3) + scale(i, offset=1) + scale(i, 2, offset=5)
    return t


print(run(3000))
print(g(1, c=5), g(1, b=5), g(1, b=2, c=3))
print(scale(x=2), scale(offset=1, x=3, factor=1))
try:
    g(a=1)
except TypeError as e:
    print("TypeError", e)
try:
    scale(1, factor=2, factor2=3)
except TypeError as e:
    print("TypeError", e)
saved = scale
scale = lambda x, factor=2, offset=0: ("rebound", x, factor, offset)
print(run(2))
def scale2(y, offset=0, factor=1):
    return ("scale2", y, factor, offset)
scale = scale2
try:
    print(run(1))
except TypeError as e:
    print("TypeError", e)
scale = saved
saved.__defaults__ = (10, 100)
print(run(2))
