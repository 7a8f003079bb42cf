def f(): return "f"
def g(): return "g"
table = {f: 1, g: 2}
print(table[f], table[g], f in table, len(table))
table[f] += 10
print(sorted([(k.__name__, v) for k, v in table.items()]))
s = {f, g, f}
print(len(s))
def method(self, x):
    return ("method", type(self).__name__, x)
def sm(x): return ("static", x)
def cm(cls, x): return ("class", cls.__name__, x)
C = type("C", (), {"method": method, "sm": staticmethod(sm), "cm": classmethod(cm), "lam": lambda self: self.v})
o = C()
o.v = 99
print(o.method(1), C.method(o, 2))
print(o.sm(3), C.sm(4))
print(o.cm(5), C.cm(6))
print(o.lam())
bm = o.method
print(bm(7), bm.__func__ is method, bm.__self__ is o, bm.__name__)
D = type("D", (C,), {"cm": classmethod(lambda cls: cls.__name__ + "!")})
print(D().method(8), D.cm(), D().sm(9))
o.attr_fn = f
print(o.attr_fn())
print(C.__dict__["sm"].__func__ is sm, isinstance(C.__dict__["cm"], classmethod))
p = property(lambda self: self.v * 2)
E = type("E", (), {"dbl": p, "v": 21})
print(E().dbl)
print(method.__get__(o)(10))
