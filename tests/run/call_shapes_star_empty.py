def f(*args, **kw):
    return args, sorted(kw.items())

def g(a, b=2, *, c=3):
    return a, b, c

print(f(*[]), f(**{}), f(*[], **{}))
print(f(*(), *[1], *"ab", x=1, **{"y": 2}, z=3))
a, b, c = [1, 2], (3,), {"k": "v"}
print(f(*a, *b, x=1, **c))
print(f(0, *a, 9, *b, **c, w=0))
print(g(*[1]), g(**{"a": 5}), g(1, **{"c": 9}), g(*[1, 2], **{}))
try:
    g(*[], **{})
except TypeError as e:
    print(e)
try:
    f(**{"x": 1}, x=2)
except TypeError as e:
    print(e)
try:
    f(**c, **{"k": 0})
except TypeError as e:
    print(e)
try:
    g(1, **{"b": 2}, b=3)
except TypeError as e:
    print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
Dsub = type("Dsub", (dict,), {"extra": 1})
d = Dsub(a=10, c=30)
print(g(**d), f(**d))
KeysOnly = type("KeysOnly", (), {"keys": lambda self: ["b", "a"], "__getitem__": lambda self, k: k * 2})
print(g(**KeysOnly()), f(**KeysOnly()))
def h(*args):
    return args
big = list(range(300))
print(len(h(*big, *big)), h(*range(3), *{}))
