# Compiled functions through functools: lru_cache, partial, wraps, reduce, singledispatch.
import functools
import operator

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info().hits > 0, fib.__name__, fib.__wrapped__.__name__)

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)

sq = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=7)
print(sq(9), cube_mod(5), sq.func is power, sq.keywords)
try:
    sq(2, 3)
except TypeError as e:
    print("TypeError:", e)

def call_logged(fn, *args, **kwargs):
    return ("logged", fn(*args, **kwargs))

def logged(fn):
    return functools.wraps(fn)(functools.partial(call_logged, fn))

@logged
def add(a, b=1):
    """Adds."""
    return a + b

print(add(2), add(2, b=5), add.__name__, add.__doc__, add.__wrapped__(1))
print(functools.reduce(operator.add, [1, 2, 3], 10), functools.reduce(lambda a, b: a * b, range(1, 8)))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

@functools.singledispatch
def describe(x):
    return "object"

@describe.register
def _(x: int):
    return "int %d" % x

@describe.register(str)
def _s(x):
    return "str " + x

print(describe(3), describe("s"), describe(2.5), describe(True))

key = functools.cmp_to_key(lambda a, b: (a % 3) - (b % 3) or a - b)
print(sorted(range(10), key=key))
print(list(map(functools.partial(operator.mul, 3), [1, 2])), operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3))
total = functools.reduce(lambda acc, kv: acc + kv[0] * kv[1], {2: 3, 4: 5}.items(), 0)
print(total)
