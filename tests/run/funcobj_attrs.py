def plain(a, b: int = 2, *args, c, d: "dd" = 4, **kw) -> list:
    "Plain doc."
    local1 = a
    local2 = b
    return [local1, local2]
print(plain.__name__, plain.__qualname__, plain.__doc__, plain.__module__)
print(plain.__defaults__, plain.__kwdefaults__)
print(plain.__annotations__)
co = plain.__code__
print(co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount)
print(co.co_varnames[:6])
print(co.co_name)
lam = lambda x, y=1: x
print(lam.__name__, lam.__qualname__, lam.__doc__, lam.__defaults__, lam.__kwdefaults__)
print(lam.__code__.co_argcount, lam.__code__.co_varnames)
def outer():
    def nested(p, /, q):
        "nested doc"
        return p
    inner_lam = lambda: 0
    return nested, inner_lam
n, il = outer()
print(n.__name__, n.__qualname__, n.__doc__, il.__qualname__)
print(n.__code__.co_posonlyargcount, n.__code__.co_argcount, n.__code__.co_varnames)
print(plain.__dict__)
plain.extra = 5
plain.__dict__["more"] = 6
print(sorted(plain.__dict__.items()), plain.more)
plain.__doc__ = "changed"
plain.__name__ = "renamed"
plain.__qualname__ = "Q.renamed"
print(plain.__doc__, plain.__name__, plain.__qualname__)
plain.__defaults__ = (9,)
print(plain(1, c=0))
plain.__kwdefaults__ = {"c": 7, "d": 8}
print(plain(1))
try:
    plain.__name__ = 5
except TypeError as e:
    print("TypeError", e)
def noann(): pass
print(noann.__annotations__, noann.__defaults__, noann.__kwdefaults__, noann.__doc__)
print(callable(plain), type(plain).__name__ == type(noann).__name__)
del plain.extra
print(hasattr(plain, "extra"))
try:
    del plain.extra
except AttributeError as e:
    print("AttributeError", "extra" in str(e))
