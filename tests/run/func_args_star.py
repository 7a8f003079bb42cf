# *args and **kwargs.
def f(*args):
    return args


def g(**kwargs):
    return sorted(kwargs.items())


def h(a, b=2, *rest, c, d=4, **extra):
    return (a, b, rest, c, d, sorted(extra.items()))


print(f(), f(1), f(1, 2, 3), f(*"ab"), type(f()).__name__)
print(g(), g(x=1), g(**{"b": 2, "a": 1}), g(a=1, **{"b": 2}))
print(h(1, c=3))
print(h(1, 2, 3, 4, c=5, e=6, f=7))
print(h(*[1, 2, 3], **{"c": 0, "z": 1}))
print(len(f(*range(100))), f(*[], *[1], *(2, 3)))
print(g(**{"k1": 1}, **{"k2": 2}))
try:
    g(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
