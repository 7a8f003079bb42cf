"""Module-level loops keep their globals in registers (infer.c "module
loops"): results, the module's dict after normal and exceptional exits,
unbound names, and every guard fallback must be as in CPython."""
# expect-c: aotg_promote_ok(
import sys
from fractions import Fraction

total = 0
for i in range(1000):
    total += (i * i) % 7
print(total, i)

# a while loop, tuple assignment, big ints past 63 bits
a, b = 0, 1
n = 0
while n < 100:
    a, b = b, a + b
    n += 1
print(a, n)

# floats, strs, f-strings, builtins
x = 0.5
s = ""
for k in range(5):
    x = x * 1.5 + abs(-k) - min(k, 2) + max(k, 1.5)
    s += str(k) + f"{x:.2f}|"
    s = s[:0] + s if len(s) > 1000 else s
print(x, s, len(s))

# loop runs zero times: names it would bind stay unbound
for j in range(0):
    never = 1
print("never" in globals(), "j" in globals())

# break / else / nested loops / continue
found = -1
for p in range(2, 50):
    for q in range(2, p):
        if p % q == 0:
            break
    else:
        if p > 40:
            found = p
            break
        continue
print(found, p, q)

# an exception in the middle: the dict holds the values at that point
acc = 0
try:
    for m in range(10):
        acc += 100 // (5 - m)
except ZeroDivisionError as e:
    print("caught", e, acc, m)

# NameError for a name read before anything binds it
try:
    for r in range(3):
        if r == 2:
            print(undefined_name)
        seen = r
except NameError as e:
    print("NameError:", e, seen, r)

# guard fallbacks: a value that is not plain, builtins shadowed later
total = Fraction(1, 3)
for i in range(3):
    total += i
print(total)


def my_range(n):
    return [10, 20]


saved_range = range
globals()["range"] = my_range
c = 0
for i in range(5):
    c += i
print(c)
del globals()["range"]
globals()["abs"] = lambda v: 1000
t = 0
for i in range(3):
    t += abs(i)
print(t)
del globals()["abs"]

# a global read as a builtin name value in the loop falls back
y = 0
for i in range(3):
    y = y + i
print(y)

# the tuple values, comparisons, bools, None
pair = (1, (2.5, "z"))
flag = None
cnt = 0
while cnt < 3:
    pair = (pair[0] if False else cnt, pair) if cnt > 10 else pair
    flag = (cnt > 1) and pair == (1, (2.5, "z"))
    cnt += 1
print(pair, flag, cnt)
print([k for k in ["total", "i", "a", "b", "n"] if k in globals()])
sys.stdout.flush()
