# Parenthesized with items (3.9+): one item with a target, with and without
# a trailing comma, several items, and items without targets.
import contextlib
import io

with (contextlib.nullcontext(5) as v):
    print(v)
with (contextlib.nullcontext(6) as w,):
    print(w)
with (io.StringIO("a") as f, io.StringIO("b") as g):
    print(f.read(), g.read())
with (contextlib.nullcontext(7)):
    print("no target")
with (contextlib.nullcontext([1, 2]) as (x, y)):
    print(x, y)


def inner():
    with (contextlib.nullcontext("in") as s):
        return s


print(inner(), f.closed)
