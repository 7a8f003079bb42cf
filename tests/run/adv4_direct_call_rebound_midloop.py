"""Direct calls to module-level defs while the global is rebound mid-loop in many ways."""
import sys
import functools

def sq(x):
    return x * x

def inc(x):
    return x + 1

def driver(n):
    out = []
    for i in range(n):
        out.append(sq(i) + inc(i))
        if i == 1:
            globals()["sq"] = abs
        elif i == 2:
            setattr(sys.modules[__name__], "sq", functools.partial(pow, 2))
        elif i == 3:
            exec("def sq(x):\n    return -x", globals())
        elif i == 4:
            swap()
        elif i == 5:
            del globals()["inc"]
    return out

def swap():
    global sq
    sq = lambda x: x * 1.5

try:
    print(driver(8))
except NameError as e:
    print("NameError:", e)

def inc(x):
    return x + 1
sq = sys.modules[__name__].__dict__["sq"]
print(driver(5))

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(15))
real_fib = fib
calls = []
def fib(n):
    calls.append(n)
    return real_fib(n) if n > 3 else n
print(real_fib(8), len(calls), sorted(set(calls)))

def caller():
    return helper(3) * 2
def helper(k):
    return k + 0.5
print(caller())
helper = str
print(caller())
helper = lambda k, extra=10: [k, extra]
print(caller())
del helper
try:
    caller()
except NameError as e:
    print("NameError:", e)
def helper(k):
    return k
print(caller())
