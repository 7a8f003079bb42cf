"""s.startswith(x), s.endswith(x), s.find(x), s.rfind(x) and s.count(x)
with one argument search in place for an exact str and str argument;
tuples of prefixes, bytes, lists, str subclasses overriding the methods,
other objects with such methods and bad arguments go through the method,
with CPython's results and errors."""
# expect-c: AotObj_TailMatch(
# expect-c: AotObj_StrFind(


def classify(lines):
    out = []
    for line in lines:
        if line.startswith("#"):
            out.append("comment")
        elif line.endswith(":"):
            out.append("block")
        elif line.startswith(("def ", "class ")):
            out.append("def")
        elif line.startswith(""):
            out.append("other")
    return out


Loud = type("Loud", (str,), {"startswith": lambda self, p: "overridden"})
Has = type("Has", (), {"endswith": lambda self, s: ("custom", s)})


def probes():
    print("héllo wörld".startswith("hé"), "héllo wörld".endswith("örld"))
    print("abc".startswith("abcd"), "".endswith(""), "a".endswith("ba"))
    print(b"bytes".startswith(b"by"), b"bytes".endswith(b"x"))
    print(Loud("x").startswith("x"), Loud("xy").endswith("y"))
    print(Has().endswith("q"))
    print("\U0001F600 face".startswith("\U0001F600"))
    for bad in (1, None, ["a"]):
        try:
            "abc".startswith(bad)
        except TypeError as e:
            print("TypeError:", e)
        try:
            "abc".endswith(bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        [1, 2].startswith("x")
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        b"abc".startswith("a")
    except TypeError as e:
        print("TypeError:", e)


def searches():
    s = "abracadabra"
    print(s.find("bra"), s.rfind("bra"), s.count("a"), s.count(""), s.find(""))
    print(s.find("zz"), s.rfind("zz"), "".count("a"), "ééé".count("é"))
    print([1, 2, 1].count(1), (3, 3).count(3), b"aXa".count(b"a"))
    print(b"abc".find(b"c"), bytearray(b"xyz").rfind(b"y"))
    print(Loud("aaa").count("a"), Loud("aba").find("b"))
    for bad in (1, None):
        for f in (s.find, s.rfind, s.count):
            try:
                f(bad)
            except TypeError as e:
                print("TypeError:", e)
    try:
        s.count(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        (5).count(1)
    except AttributeError as e:
        print("AttributeError:", e)
    n = 0
    for w in ["alpha", "beta", "gamma"]:
        n += w.count("a") + w.find("m")
    print(n)


print(classify(["# note", "if x:", "def f():", "class C", "x = 1", ""]))
probes()
searches()
