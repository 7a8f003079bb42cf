import inspect
def a(x, y=1, *args, z, w=2, **kw): pass
def b(p, /, q, *, r): pass
def c(x: int, y: "str" = "s") -> float: pass
lam = lambda m, n=3: m
def noargs(): pass
for fn in (a, b, c, lam, noargs):
    sig = inspect.signature(fn)
    print(fn.__name__, sig)
    for name, p in sig.parameters.items():
        print("  ", name, p.kind.name, p.default is inspect.Parameter.empty)
sig = inspect.signature(a)
ba = sig.bind(1, 2, 3, z=4, extra=5)
print(ba.arguments)
ba.apply_defaults()
print(ba.arguments)
try:
    inspect.signature(b).bind(p=1, q=2, r=3)
except TypeError as e:
    print("TypeError", e)
print(inspect.isbuiltin(a), inspect.isroutine(a))
print(inspect.getdoc(c), inspect.getfullargspec(a).args, inspect.getfullargspec(a).kwonlyargs)
