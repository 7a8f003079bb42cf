# Calling errors: non-str ** keys, positional-only as keywords, etc.
def f(a, b=2, /, c=3, *, d=4):
    return a, b, c, d

print(f(1), f(1, 5, c=6, d=7))

def err(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)

err(f, a=1)
err(f, 1, b=2)
err(f, 1, 2, 3, 4)
err(f, 1, e=5)
err(f)
try:
    f(1, c=2, **{"c": 3})
except TypeError as e:
    print("TypeError:", e)

def g(**kw):
    return kw

try:
    g(**{1: 2})
except TypeError as e:
    print("TypeError:", e)

try:
    g(**{"a": 1, 2: 3})
except TypeError as e:
    print("TypeError:", e)

try:
    f(1, **[1])
except TypeError as e:
    print("TypeError:", e)

try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)

# positional-only name may also appear in **kwargs of the callee
def h(a, /, **kw):
    return a, kw

print(h(1, a=2))

def kwonly(*, x):
    return x
err(kwonly, 1)
err(kwonly)
err(kwonly, y=1)

def many(a, b, c):
    return a
err(many, 1)
err(many, 1, 2, 3, 4)
err(many, 1, 2, b=3)

# lambdas have their own names in messages
lam = lambda q: q
err(lam)
err(lam, 1, 2)
print(lam.__name__, lam.__qualname__)

def nested_outer():
    def inner(z):
        return z
    return inner
inn = nested_outer()
err(inn)
print(inn.__qualname__)
