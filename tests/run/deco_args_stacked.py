import functools
def _apply_tag(name, times, fn):
    fn.tags = getattr(fn, "tags", []) + [name] * times
    return fn
def tag(name, *, times=1):
    return functools.partial(_apply_tag, name, times)
def swap(fn):
    return len
def _const(value, fn):
    return value
def const(value):
    return functools.partial(_const, value)
def call_twice(fn, *a):
    return [fn(*a), fn(*a)]
def wrap_with(w):
    return lambda fn, w=w: functools.partial(w, fn)
def _tr_call(self, *a, **k):
    print("call", self.fn.__name__, a, k)
    return self.fn(*a, **k)
def _tr_init(self, fn):
    self.fn = fn
    self.tags = getattr(fn, "tags", None)
    self.__name__ = fn.__name__
Tracer = type("Tracer", (), {"__init__": _tr_init, "__call__": _tr_call})
@tag("a")
@tag("b", times=2)
def f(x): return x + 1
print(f(1), f.tags, f.__name__)
@swap
def g(): pass
print(g, g("abcd"))
@const(42)
def h(): return 0
print(h)
@const(lambda *a: sum(a))
@tag("ignored")
def k(): pass
print(k(1, 2, 3))
@wrap_with(call_twice)
def m(a): return a * 2
print(m(4), type(m).__name__)
@Tracer
@tag("t")
def n(a, b=2): return a * b
print(n(3), n(3, b=4), n.tags, n.__name__, type(n).__name__)
@(lambda fn: fn.__name__.upper())
def lower_name(): pass
print(lower_name)
decos = [tag("x"), tag("y")]
@decos[0]
@decos[1]
def p(): pass
print(p.tags)
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info().hits > 0)
@staticmethod
def sm(x): return x * 3
print(type(sm).__name__, sm.__func__(2))
