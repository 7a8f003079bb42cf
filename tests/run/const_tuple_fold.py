"""Tuple displays of constants are folded into one constant object, as
CPython's compiler does: equal displays in a module are the same object and
evaluating one allocates nothing."""
# expect-c: { 't', 


def pair():
    return (1, 2)


def nested():
    return ((1, "a"), (None, True, ...), b"xy", -3, 2**100, 1j)


def with_float():
    return (1, 2.5)


def with_name(x):
    return (1, x)


t = (1, 2)
print(t is pair(), pair() is pair(), t == pair())
print(nested() is nested(), nested())
a = (1, "a")
print(nested()[0] is a, nested()[4] is nested()[4])
print(with_float(), with_float() == (1, 2.5))
print(with_name(3), with_name(3) is with_name(3))
b, c, e = (True,), (1,), ()
print((True, 1) == (1, True), b is c, (1.0,) == (1,), e is b[:0])
print(("x",) * 3)
ids = {id(pair()) for _ in range(5)}
print(len(ids))
for x in (10, 20, 30):
    print(x, end=" ")
print()
print(3 in (1, 2, 3), "b" in ("a", "b"), (1, 2) in [(1, 2)])
