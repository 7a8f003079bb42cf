"""Module-level loops that call the module's own functions keep their
globals in registers when those functions run no Python code either
(arithmetic, loops, plain containers, the same builtins and methods, no
`global`): the guard checks that each name still holds the def's function
object with plain defaults. A function that prints, stores a global, reads
a global the loop stores, calls something unknown, or was rebound or had
its defaults replaced leaves the loop as written; results, errors and
tracebacks are CPython's."""
# expect-c: AotPromote_Fn(
import sys

LIMIT = 3


def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


def power(x, k=2):
    return x ** k


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def clipped(v):
    return min(v, LIMIT)


def collect(acc, v):
    acc.append(v)
    return len(acc)


count = 0
total = 0
for n in range(1, 2000):
    if is_prime(n):
        count += 1
        total += power(n % 10) + power(n % 3, k=3) + clipped(n)
print(count, total, n)

fibs = []
for j in range(15):
    size = collect(fibs, fib(j))
print(fibs, size)


# reads a global the loop stores: the loop as written
seen = 0


def peek():
    return seen


out = []
for i in range(5):
    seen = i * 10
    out.append(peek())
print(out)


# stores a global: the loop as written
def bump():
    global counter
    counter += 1
    return counter


counter = 0
s = 0
for i in range(4):
    s += bump()
print(s, counter)


# prints: the loop as written
def shout(x):
    print("shout", x)
    return x


s = 0
for i in range(3):
    s += shout(i)
print(s)


# rebound before the loop, defaults replaced: guards fail
def twice(x):
    return 2 * x


def scaled(x, f=2):
    return x * f


saved = twice
globals()["twice"] = lambda x: -x
s = 0
for i in range(4):
    s += twice(i)
print(s)
twice = saved
scaled.__defaults__ = ([1],)
try:
    r = 0
    for i in range(3):
        r = scaled(i)
    print(r)
finally:
    scaled.__defaults__ = (2,)
s = 0
for i in range(4):
    s += scaled(i) + twice(i)
print(s)


# an error inside a called function: traceback and globals as CPython's
def divide(a, b):
    return a // b


q = 0
try:
    for d in range(3, -2, -1):
        q += divide(100, d)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, q, d)
for d in range(2, -1, -1):
    q += divide(7, d)
