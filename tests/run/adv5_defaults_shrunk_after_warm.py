"""After warm direct calls with omitted defaults, __defaults__ shrinks to (),
a shorter tuple, or is deleted; then grows back. Each call must raise or
succeed like CPython (the cached callee path must still have the function)."""
def f(a, b=1, c=2):
    return (a, b, c)


def one():
    return f(0)


def two():
    return f(0, 1)


def both():
    return one(), two()


print(both())
for d in ((), (5,), None, (7, 8), (1, 2, 3)):
    f.__defaults__ = d
    for fn in (one, two):
        try:
            print(fn.__name__, fn())
        except TypeError as e:
            print(fn.__name__, "TypeError:", e)
del f.__defaults__
try:
    print(one())
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = ("x", "y")
print(both())
