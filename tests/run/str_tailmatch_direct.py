"""s.startswith(x) and s.endswith(x) with one argument compare in place
for an exact str and str argument; tuples of prefixes, bytes, str
subclasses overriding the methods, other objects with such methods and
bad arguments go through the method, with CPython's results and errors."""
# expect-c: AotObj_TailMatch(


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


print(classify(["# note", "if x:", "def f():", "class C", "x = 1", ""]))
probes()
