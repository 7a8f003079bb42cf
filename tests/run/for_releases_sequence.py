"""A for loop drops what it iterates when it ends (before its else
clause) or breaks out, as CPython's FOR_ITER/POP_TOP do: a list walked by
index, an enumerate/zip of lists, an iterator, a comprehension's
iterable."""

D = type("D", (), {"__del__": lambda self: print("del", self.tag)})


def mk(tag):
    d = D()
    d.tag = tag
    return [d]


def plain():
    for x in mk("plain"):
        pass
    x = None
    print("after plain")


def with_else():
    for x in mk("else"):
        x = None
    else:
        print("else clause")
    print("after else")


def broken():
    for x in mk("break") + [1, 2]:
        if x == 1:
            break
    print("after break")


def pairs():
    for i, v in enumerate(mk("enumerate")):
        v = None
    for a, b in zip(mk("zip a"), mk("zip b")):
        a = b = None
    print("after pairs")


def iterator():
    for x in iter(mk("iter")):
        x = None
    print("after iter")


def comp():
    r = [type(x).__name__ for x in mk("comp")]
    print("after comp", r)


def nested():
    for row in [mk("row0"), mk("row1")]:
        for x in row:
            x = None
        row = None
    print("after nested")


plain()
with_else()
broken()
pairs()
iterator()
comp()
nested()
for x in mk("module"):
    pass
x = None
print("module end")
