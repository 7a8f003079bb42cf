"""d.get(k[, v]) on an exact dict looks k up in place; dict subclasses with
their own get, other objects with a get method, unhashable keys, keys
whose __eq__ raises and objects without get behave as in CPython."""
# expect-c: AotObj_Get(

def count(words):
    c = {}
    for w in words:
        c[w] = c.get(w, 0) + 1
    return c


def lookups(d, keys):
    out = []
    for k in keys:
        out.append(d.get(k))
        out.append(d.get(k, "dflt"))
    return out


def get_hook(self, k, v=None):
    print("own get", k, v)
    return "from hook"


MyDict = type("MyDict", (dict,), {"get": get_hook})
Getter = type("Getter", (), {"get": lambda self, k, v=None: ("getter", k, v)})
BadEq = type("BadEq", (), {"__hash__": lambda self: 1, "__eq__": lambda self, o: 1 / 0})


def main():
    print(count("a b a c b a".split()))
    d = {1: "one", (1, 2): "tuple", None: "none"}
    print(lookups(d, [1, 2, (1, 2), None, 1.0, True]))
    print(lookups(MyDict(a=1), ["a", "b"]))
    print(lookups(Getter(), ["x"]))
    for bad in ([1], {}, {1}):
        try:
            print(d.get(bad))
        except TypeError as e:
            print("TypeError", e)
    e = {BadEq(): 1}
    try:
        print(e.get(BadEq()))
    except ZeroDivisionError as x:
        print("ZeroDivisionError", x)
    try:
        print((5).get(1))
    except AttributeError as x:
        print("AttributeError", x)


main()
