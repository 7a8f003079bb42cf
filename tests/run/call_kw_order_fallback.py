"""A direct call with keyword arguments (f(1, c=2, b=3)) whose name no
longer holds the compiled def (a decorator replaced it, or it was rebound)
passes the keywords in source order, as CPython does: **kwargs keeps that
order, and the first unexpected keyword is the one reported. o.append(x)
looks `append` up before an argument that runs code (on anything but an
exact list)."""


def logged(*args, **kwargs):
    return (args, kwargs)


def deco(fn):
    return logged


@deco
def f(a, b, c=0):
    return a + b + c


def h(a, b, c=0):
    return a + b + c


def rebind(*a, **kw):
    return (a, kw)


def side(tag):
    print("argument evaluated", tag)
    return tag


def appends(o):
    try:
        o.append(side("x"))
    except AttributeError as e:
        print("AttributeError:", e)
    return o


def main():
    print(f(1, c=2, b=3), f(1, b=2, c=3), f(4, 5, c=6))
    print(h(1, c=3, b=2), h(1, b=3, c=2))
    globals()["h"] = rebind
    print(h(1, c=3, b=2), h(1, b=2))
    globals()["h"] = lambda a, x: 0
    try:
        h(1, c=3, b=2)
    except TypeError as e:
        print("TypeError:", e)
    print(appends([1]), appends(()), appends({}))
    Logged = type("Logged", (list,), {"append": lambda self, v: print("Logged.append", v)})
    print(appends(Logged()))


main()
