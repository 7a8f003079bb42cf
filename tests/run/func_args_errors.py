# Argument error messages.
def f(a, b):
    return a + b


def g(x, *, y):
    return x, y


def h():
    return 0


cases = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3),
    lambda: f(1, a=2),
    lambda: g(1, 2),
    lambda: g(1),
    lambda: g(y=1),
    lambda: h(1),
    lambda: h(k=1),
    lambda: f(*[1, 2, 3, 4]),
    lambda: f(**{"a": 1, "b": 2, "zz": 3}),
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except TypeError as e:
        print(i, "TypeError:", e)
