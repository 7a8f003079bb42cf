# Method calls keep a per-site cache of the method found on the
# receiver's type (types without instance dicts): it must follow
# receivers of other types at the same site, methods replaced or deleted
# on the type or on a base, __class__ assignment, keyword arguments,
# and the errors of the method itself.
# expect-c: AotMeth_Call(&aot_mc[


def call_m(objs):
    out = []
    for o in objs:
        out.append(o.m())
    return out


def call_upper(objs):
    return [o.upper() for o in objs]


def m1(self):
    return "m1"


def m2(self):
    return "m2"


def main():
    words = ["a,b", "c,,d", ""]
    for w in words:
        print(w.split(","), w.split(sep=",", maxsplit=1), w.upper().lower())
    d = {"k": 1}
    for k in ["k", "z", "k"]:
        print(d.get(k), d.get(k, 0), d.setdefault(k, 5))
    lst = [3, 1, 2]
    lst.sort(reverse=True)
    print(lst, lst.index(2), lst.count(3))

    T = type("T", (), {"__slots__": (), "m": m1})
    U = type("U", (), {"__slots__": (), "m": m2})
    t = T()
    u = U()
    print(call_m([t, u, t, u]))
    T.m = m2
    print(call_m([t, t]))
    T.m = m1
    print(call_m([t]))
    B = type("B", (), {"__slots__": (), "m": m1})
    D = type("D", (B,), {"__slots__": ()})
    x = D()
    print(call_m([x, x]))
    B.m = m2
    print(call_m([x]))
    T2 = type("T2", (), {"__slots__": (), "m": m2})
    t.__class__ = T2
    print(call_m([t]))
    T.sm = staticmethod(lambda: "static")
    T.m = staticmethod(lambda: "static m")
    print(call_m([T()]))
    del T.m
    try:
        call_m([T()])
    except AttributeError as e:
        print("AttributeError", e)

    S = type("S", (str,), {"upper": lambda self: "S.upper"})
    print(call_upper(["ab", S("cd"), "ef", S("gh")]))
    s = S("ij")
    s.upper = lambda: "instance"
    print(call_upper([s, "kl"]))
    for bad in [1, None, ("a",)]:
        try:
            print("abc".startswith(bad))
        except TypeError as e:
            print("TypeError", e)
    try:
        [].pop()
    except IndexError as e:
        print("IndexError", e)
    try:
        "x".upper(1)
    except TypeError as e:
        print("TypeError", e)
    try:
        (5).nope()
    except AttributeError as e:
        print("AttributeError", e)


main()
