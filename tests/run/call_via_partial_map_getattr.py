import functools
import sys
import operator

def power(base, exp=2, *, mod=None):
    r = base ** exp
    return r % mod if mod else r

sq = functools.partial(power, exp=2)
cube = functools.partial(power, exp=3, mod=1000)
print(sq(7), cube(17), [sq(i) for i in range(5)])
print(list(map(power, [2, 3, 4], [3, 2, 1])))
print(list(map(cube, range(8, 12))))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
def keyfn(w):
    return (w.lower(), w)
print(sorted(words, key=keyfn), sorted(words, key=len, reverse=True))
print(max(words, key=keyfn), min([3, -5, 2], key=abs))
mod = sys.modules[__name__]
print(getattr(mod, "power")(3), getattr(mod, "power")(2, 10, mod=1000))
fn = operator.methodcaller("__call__", 5, exp=3)
print(fn(power))
print(functools.reduce(power, [2, 3, 2]))
p2 = functools.partial(functools.partial(power, 2), 5)
print(p2(), p2(mod=7), p2.args, p2.func is power)
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([5, 1, 4, 2], key=functools.cmp_to_key(cmp)))
cached = functools.lru_cache(maxsize=None)(power)
print(cached(12), cached(12), cached.cache_info().hits)
print(list(filter(functools.partial(operator.lt, 2), [1, 2, 3, 4])))
print(power.__name__, sq.func.__name__, functools.wraps(power)(lambda *a: a).__name__)
