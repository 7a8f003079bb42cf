def f(a, b=2, *, c=3): return (a, b, c)
f.__dict__ = {"x": 1}
print(f.x)
try:
    f.__dict__ = 5
except TypeError as e:
    print(e)
del f.__defaults__
print(f.__defaults__)
try:
    f(1)
except TypeError as e:
    print(e)
f.__defaults__ = (5,)
del f.__kwdefaults__
print(f.__kwdefaults__)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print(e)
f.__annotations__ = {"a": int}
print(f.__annotations__)
del f.__annotations__
print(f.__annotations__)
f.__module__ = "elsewhere"
print(f.__module__)
del f.__doc__
print(f.__doc__)
try:
    del f.__name__
except TypeError as e:
    print(e)
try:
    f.__qualname__ = None
except TypeError as e:
    print(e)
print(f.__kwdefaults__)
