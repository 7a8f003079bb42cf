import inspect, os
def a(x, y=1, *args, z, **kw):
    q = 1
    return q
def b(): pass
def c(p, /, q): return p
lam = lambda m, n=2: 0
for fn in (a, b, c, lam):
    co = fn.__code__
    nargs = co.co_argcount + co.co_kwonlyargcount + bool(co.co_flags & inspect.CO_VARARGS) + bool(co.co_flags & inspect.CO_VARKEYWORDS)
    print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_varnames[:nargs])
    print(bool(co.co_flags & inspect.CO_VARARGS), bool(co.co_flags & inspect.CO_VARKEYWORDS), bool(co.co_flags & inspect.CO_GENERATOR))
    print(os.path.basename(co.co_filename), co.co_firstlineno, co.co_qualname, co.co_freevars, co.co_cellvars)
print(a == a, a != b, a.__eq__(a), hash(a) == hash(a))
print(a.__ne__(b), sorted([b, a], key=lambda f: f.__name__)[0].__name__)
print(dir(a) == dir(b))
print([n for n in ("__call__", "__get__", "__code__", "__globals__", "__closure__", "__wrapped__") if hasattr(a, n)])
print(vars(a), a.__globals__ is globals(), a.__module__)
print(type(a.__get__(1)).__name__, a.__get__(1)(z=0), a.__get__(None, int) is a)
