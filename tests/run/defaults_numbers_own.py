"""A direct call that leaves out numeric parameters unboxes them from
__defaults__ without keeping the tuple: the callee may rebind its own
__defaults__ (freeing the old tuple) and still use the values it got, big
ints and floats alike, and the next call sees the new tuple."""
# expect-c: AotFunction_DefaultsTailBorrowed(


def scale(x, k=3, f=2.5):
    scale.__defaults__ = (k * 2**40, f * 2)
    return x * k + f


def caller():
    out = []
    for i in range(4):
        out.append(scale(i))
    return out


print(caller())
scale.__defaults__ = (3, float("nan"))
print(caller())
scale.__defaults__ = (1,)
try:
    print(caller())
except TypeError as e:
    print("TypeError", e)
