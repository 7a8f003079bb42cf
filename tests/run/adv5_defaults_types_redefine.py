"""Direct calls with omitted defaults after __defaults__ changes types/length,
mutable list defaults, recursion with defaults, redefined callees."""
def f(a, b=2, c=0.5, *, d=1):
    return a * b + c * d

def caller(n):
    out = []
    for i in range(n):
        out.append(f(i))
        out.append(f(i, 3))
        out.append(f(i, c=2))
    return out

print(caller(3))
f.__defaults__ = (10, 1.5)
print(caller(2))
f.__defaults__ = ("x", 1)
try:
    print(caller(2))
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = (2**70, 2**70)
print(caller(2))
f.__kwdefaults__ = {"d": 2.5}
print(caller(2))
f.__kwdefaults__ = None
try:
    print(caller(1))
except TypeError as e:
    print("TypeError:", e)
f.__kwdefaults__ = {"d": 1}
f.__defaults__ = (1, 2, 3)
print(caller(2))
f.__defaults__ = ()
try:
    print(caller(1))
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = (7.0,)
try:
    print(caller(2))
except TypeError as e:
    print("TypeError:", e)

def app(x, acc=[]):
    acc.append(x)
    return len(acc)

def use_app():
    return [app(i) for i in range(3)], app(9, [])

print(use_app(), use_app())
app.__defaults__ = ([100],)
print(use_app())
d0 = app.__defaults__[0]
print(d0)

def rec(n, acc=0, mul=1):
    if n == 0:
        return acc, mul
    return rec(n - 1, acc + n, mul * 2)

print(rec(10), rec(70))
rec.__defaults__ = (0.5, 1.5)
print(rec(4))
rec.__defaults__ = ("", 1)
try:
    rec(3)
except TypeError as e:
    print("TypeError:", e)

def redef(x, y=1):
    return x + y
def call_redef():
    return redef(1)
print(call_redef())
def redef(x, y=2, z=3):
    return x * y * z
print(call_redef())
redef = lambda x, y="q": y * x
print(call_redef())
