# After a compiled function has called f directly with a defaulted argument
# left out, making f.__defaults__ too short (None) makes the next such call
# raise CPython's TypeError (it used to call through a NULL callee).
def f(a, b=1):
    return a


def c2(x):
    return f(x)


print(c2("s"))
f.__defaults__ = None
try:
    print(c2("t"))
except TypeError as e:
    print("TypeError:", e)
