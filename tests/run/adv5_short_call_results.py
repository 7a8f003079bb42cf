"""Calls returning big ints/floats/bools/strs into int-typed locals, int() of long
strings in a loop, loop vars over mixed lists, defaults replaced by big ints."""
log = []
def side(tag, v):
    log.append(tag)
    return v

def call_big(f, x):
    a = side("pre", x + 1)
    b = f(x)
    c = b + a
    d = c * 2
    return a, b, c, d

print(call_big(lambda v: v * 2, 5))
print(call_big(lambda v: 2**64 + v, 5))
try:
    print(call_big(lambda v: "s" * v, 2))
except TypeError as e:
    print("TypeError:", e)
print(call_big(lambda v: 1.5, 5))
print(call_big(lambda v: True, 5))
print(log)
log.clear()

def int_of(s, k):
    total = 0
    for i in range(k):
        total += int(s) + i
        side(i, 0)
    return total, total - int(s) * k
print(int_of("7", 3), int_of("1" * 25, 3), int_of("-" + "9" * 18, 2), log)

def returns_mixed(i):
    if i == 2:
        return 2**100
    if i == 4:
        return 0.5
    if i == 5:
        return "x"
    return i

def consume(n):
    s = 0
    seen = []
    for i in range(n):
        try:
            v = returns_mixed(i)
            s = s + v * 3
            seen.append(s)
        except TypeError as e:
            seen.append(str(e))
            s = -1
    return s, seen
print(consume(7))

def nonint_loopvar(seq):
    t = 0
    for v in seq:
        t += v
        t = t * 2
    return t
print(nonint_loopvar([1, 2, 3]), nonint_loopvar([1, 2**70, 3]), nonint_loopvar([1, 2.5, 3]))
print(nonint_loopvar([True, 1j]), nonint_loopvar([]))

def default_big(n, step=1, base=0):
    x = base
    for i in range(n):
        x = x + step * i
    return x, x % 97
print(default_big(5), default_big(5, 2**62), default_big(5, 1, 2**63), default_big(3, 0.5))
print(default_big(3, 1, 0.0), default_big(2, True, False))
try:
    print(default_big(3, 1, "s"))
except TypeError as e:
    print("TypeError:", e)
print(default_big(0, "ab", 5))
default_big.__defaults__ = (2**65, -(2**65))
print(default_big(4))
default_big.__defaults__ = ("q", 1)
try:
    print(default_big(3))
except TypeError as e:
    print("TypeError:", e)
