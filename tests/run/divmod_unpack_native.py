"""q, r = divmod(a, b) of predicted ints computes both without a tuple while
divmod is the builtin and a, b are shorts; big ints, floats, zero, a user
__divmod__ returning three items, bad types, subscript targets and a
patched builtins.divmod go through the call and CPython's unpacking."""
# expect-c: aotg_divmod(

def digits(n):
    s = 0
    while n:
        n, d = divmod(n, 10)
        s += d
    return s


def mixed(a, b):
    q, r = divmod(a, b)
    return q, r


def store(xs, a, b):
    xs[0], xs[1] = divmod(a, b)
    return xs


def divmod_hook(self, other):
    print("divmod hook", other)
    return (1, 2, 3)


Odd = type("Odd", (int,), {"__divmod__": divmod_hook})


def main():
    print(digits(2**100), digits(987654321), digits(0))
    for a, b in ((7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (2**62, 3),
                 (-2**62, -1), (2**70, 7), (7.5, 2), (5, 0.5)):
        print(a, b, mixed(a, b))
    try:
        mixed(1, 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        mixed(Odd(5), 3)
    except ValueError as e:
        print("ValueError", e)
    try:
        mixed("a", 3)
    except TypeError as e:
        print("TypeError", e)
    print(store([0, 0], 17, 5))
    import builtins
    old = builtins.divmod
    builtins.divmod = lambda a, b: ("patched", a + b)
    try:
        print(mixed(7, 2))
    finally:
        builtins.divmod = old
    print(mixed(7, 2))


main()
