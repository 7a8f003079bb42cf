"""An unexpected keyword argument: 3.13+ add "Did you mean 'x'?" with the
closest keyword-capable parameter name (none for positional-only ones or
when nothing is close); earlier versions never do."""


def greet(name, greeting="hi"):
    return greeting + " " + name


def f(a, /, b, *, c=0, color=1):
    return a, b, c, color


def g(xx, yy):
    return xx + yy


calls = [
    lambda: greet("x", greating="yo"),
    lambda: f(1, bb=2),
    lambda: f(1, 2, colour=3),
    lambda: f(1, 2, A=3),
    lambda: g(1, zzzz=2),
    lambda: g(1, yy=2, Yy=3),
]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
