"""isinstance(x, T) with the builtin calls PyObject_IsInstance directly:
tuples of types, a metaclass __instancecheck__, bad second arguments and
a patched builtins.isinstance behave as in CPython."""
# expect-c: aotg_isinstance(

def count(xs):
    n = 0
    for x in xs:
        if isinstance(x, int):
            n += 1
        elif isinstance(x, (str, bytes)):
            n += 10
    return n


def check(x, t):
    return isinstance(x, t)


Meta = type("Meta", (type,), {"__instancecheck__": lambda cls, inst: inst == "magic"})
Magic = Meta("Magic", (), {})


def main():
    print(count([1, "a", b"b", 2.5, True, None, [1], 10**30]))
    print(check(1, Magic), check("magic", Magic), check(True, int), check(1, (float, int)))
    for bad in (1, (int, 2), "int"):
        try:
            print(check(5, bad))
        except TypeError as e:
            print("TypeError", e)
    import builtins
    old = builtins.isinstance
    builtins.isinstance = lambda a, b: "patched"
    try:
        print(check(1, int), count([1]))
    finally:
        builtins.isinstance = old
    print(check(1, int))


main()
