"""__defaults__/__kwdefaults__ changed by argument evaluation, inside recursion,
to tuple subclasses, big ints, bools, lists and NaN."""
def f(a, b=1, c=2):
    return (a, b, c)

def mut(v):
    f.__defaults__ = (v, v * 2)
    return v

def caller():
    r1 = f(mut(5))
    r2 = f(mut(7.5), mut(1))
    r3 = f(mut("s"))
    return r1, r2, r3

print(caller())

def g(n, step=1):
    if n <= 0:
        return [step]
    if n == 3:
        g.__defaults__ = (10,)
    return [step] + g(n - step)
print(g(5))
g.__defaults__ = (1,)
print(g(6))

T = type("T", (tuple,), {})
f.__defaults__ = T((11, 12))
def c2():
    return f(0), f(0, 1)
print(c2())

def h(x, y=3.5):
    z = x * y
    return z + 1
def hc():
    return h(2), h(2.0), h(3, 2)
print(hc())
h.__defaults__ = (2**100,)
print(hc())
h.__defaults__ = (True,)
print(hc())
h.__defaults__ = ([1],)
try:
    print(hc())
except TypeError as e:
    print("TypeError:", e)
h.__defaults__ = (float("nan"),)
print(hc())

def k(*args, x=1, **kw):
    return args, x, kw
def kc():
    return k(), k(1, 2), k(y=3)
print(kc())
k.__kwdefaults__ = {"x": 5, "zz": 9}
print(kc())
k.__kwdefaults__ = {}
try:
    print(kc())
except TypeError as e:
    print("TypeError:", e)

def pos(a, b=2, /, c=3):
    return a + b + c
def pc():
    return pos(1), pos(1, 1), pos(1, c=0)
print(pc())
pos.__defaults__ = (100, 200)
try:
    print(pc())
except TypeError as e:
    print("TypeError:", e)
