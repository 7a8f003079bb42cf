# Positional-only parameters.
def f(a, b, /, c, d=4):
    return [a, b, c, d]


def g(x, /, **kw):
    return (x, sorted(kw.items()))


print(f(1, 2, 3), f(1, 2, c=3), f(1, 2, 3, d=5))
print(g(1, x=2, y=3))
try:
    f(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
try:
    f(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
