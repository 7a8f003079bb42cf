def fmt(self, spec):
    return "<%s|%s>" % (self.tag, spec)
F = type("F", (), {"__format__": fmt, "__repr__": lambda s: "F!", "__str__": lambda s: "F-str"})
o = F()
o.tag = "t"
print(format(o), format(o, "x>9"), f"{o:abc}", f"{o}", f"{o!r}", f"{o!s:>7}", "{:q}".format(o), "{!r:>4}".format(o))
w = 5
print(f"{o:{w}d}", "%s %r" % (o, o))
BadRepr = type("BadRepr", (), {"__repr__": lambda s: 42})
try:
    f"{BadRepr()!r}"
except TypeError as e:
    print("TypeError", e)
BadFormat = type("BadFormat", (), {"__format__": lambda s, spec: None})
try:
    format(BadFormat(), "")
except TypeError as e:
    print("TypeError", e)
try:
    f"{object():d}"
except TypeError as e:
    print("TypeError", e)
IntSub = type("IntSub", (int,), {"__format__": lambda s, spec: "IS(" + spec + ")", "__str__": lambda s: "IntSub-str"})
n = IntSub(7)
print(f"{n}", f"{n:x}", "%d" % n, "%s" % n, str(n), format(n, "05"))
FloatSub = type("FloatSub", (float,), {"__repr__": lambda s: "FS"})
x = FloatSub(2.5)
print(f"{x}", f"{x!r}", f"{x:.2f}", "%r %s %.1f" % (x, x, x), str(x))
