# contextlib.suppress and nullcontext.
import contextlib

with contextlib.suppress(KeyError):
    {}["missing"]
    print("not printed")
print("after suppress")
with contextlib.suppress(ValueError, TypeError):
    int("x")
print("suppressed ValueError")
try:
    with contextlib.suppress(KeyError):
        [][0]
except IndexError as e:
    print("IndexError passes through:", e)
with contextlib.nullcontext(42) as value:
    print("nullcontext value:", value)
with contextlib.nullcontext():
    print("nullcontext without value")


def find(d, k):
    with contextlib.suppress(KeyError):
        return d[k]
    return "default"


print(find({"a": 1}, "a"), find({}, "a"))
