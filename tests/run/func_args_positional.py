# Positional and keyword arguments.
def f(a, b, c):
    return a * 100 + b * 10 + c


def g(x, y=2, z=3):
    return (x, y, z)


print(f(1, 2, 3), f(c=3, b=2, a=1), f(1, c=3, b=2))
print(g(1), g(1, 5), g(1, z=9), g(x=0, y=0, z=0), g(1, 2, 3))
args = (4, 5, 6)
print(f(*args), f(*[7, 8], 9), f(1, *(2,), **{"c": 3}))
kw = {"a": 1, "b": 1, "c": 1}
print(f(**kw), g(*[1], **{"z": 7}))
print(f(1, 2, c=4) + f(b=1, a=1, c=1))
