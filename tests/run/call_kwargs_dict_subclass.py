def f(**kw):
    return sorted(kw.items()), type(kw).__name__

def g(a, b):
    return a, b

D1 = type("D1", (dict,), {"keys": lambda self: ["a"], "__getitem__": lambda self, k: "overridden"})
d1 = D1(a=1, b=2)
print(f(**d1), g(**d1))
D2 = type("D2", (dict,), {"__iter__": lambda self: iter(["a", "b"]), "keys": lambda self: ["a", "b"], "__getitem__": lambda self, k: k.upper()})
d2 = D2(a=1, b=2)
print(f(**d2), g(**d2))
def mutate(**kw):
    kw["new"] = 1
    return len(kw)
src = {"x": 1}
print(mutate(**src), src)
def passthrough(*a, **kw):
    return f(*a, **kw)
print(passthrough(z=1, y=2))
M = type("M", (), {"keys": lambda self: ("p", "q"), "__getitem__": lambda self, k: ord(k)})
print(f(**M()), f(**M(), r=0))
try:
    f(**M(), p=5)
except TypeError as e:
    print(e)
BadKeys = type("BadKeys", (), {"keys": lambda self: [1], "__getitem__": lambda self, k: k})
try:
    f(**BadKeys())
except TypeError as e:
    print(e)
from collections import OrderedDict, defaultdict
print(f(**OrderedDict(b=1, a=2)), f(**defaultdict(int, c=3)))
