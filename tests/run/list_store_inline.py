"""x[i] = v on an exact list is stored inline: True/False are borrowed
constants, storing the item that is already there changes nothing, the old
item's __del__ sees the list already updated, negative and out-of-range
indexes and list subclasses behave as in CPython."""
# expect-c: AotObj_SetItemTV(


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for i in range(2, n + 1):
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
    return [i for i in range(n + 1) if flags[i]]


def fill(xs, v):
    for i in range(len(xs)):
        xs[i] = v
    xs[-1] = None
    return xs


def watcher_del(self):
    print("__del__ sees", [type(b).__name__ for b in self.box])


Watched = type("Watched", (), {"__del__": watcher_del})


def replace_watched(xs):
    for i in range(len(xs)):
        xs[i] = i * 10
    return xs


def bad_index(xs, i):
    try:
        xs[i] = False
    except IndexError as e:
        print("IndexError:", e)
    except TypeError as e:
        print("TypeError:", e)


def setitem_print(self, i, v):
    print("setitem", i, v)


Loud = type("Loud", (list,), {"__setitem__": setitem_print})

print(sieve(60))
shared = "same"
xs = fill([shared, 1, 2.5, shared], shared)
print(xs, all([x is shared for x in xs[:-1]]))
box = [0, 0]
ws = [Watched(), Watched()]
ws[0].box = box
ws[1].box = box
box[:] = ws
del ws
print(replace_watched(box))
bad_index([1, 2], 2)
bad_index([1, 2], -3)
bad_index([1, 2], 2**70)
bad_index([1, 2], 1.0)
ys = [1, 2, 3]
bad_index(ys, -1)
print(ys)
lo = Loud([1, 2])
fill(lo, True)
print(lo)
