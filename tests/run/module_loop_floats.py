"""Module loops keep globals that hold floats as unboxed doubles: a global
stored from a float expression (a float literal, true division, float(),
arithmetic on such values) is a predicted float; ints, NaN, infinities, a
global that starts as an int, unbound globals and write-back all behave as
in CPython."""
# expect-c: aotg_promote_load_fv(
# expect-c: aotg_promote_store_fv(
SCALE = 0.5
x = 0
for k in range(1, 200000):
    x += 1.0 / (k * k)
print(f"{x:.12f}", type(x).__name__)

acc = 0.0
half = 0
n = 0
while n < 1000:
    n += 1
    half = n / 2
    acc = acc * 0.999 + half * SCALE
print(acc, half, n, type(half).__name__)

y = 1.0
z = 3
for i in range(60):
    y = y * 2.5
    z = z * 3
print(y, z, type(y).__name__, type(z).__name__)

big = 1e308
for i in range(3):
    big = big * 10.0
print(big, big - big, big == big)

nan = float("nan")
count = 0
for i in range(5):
    if nan == nan:
        count += 1
    nan = nan + 1.0
print(nan, count)

m = 0.0
for i in range(10):
    m = max(m, i / 3.0) + abs(-0.25)
print(m, float(m) == m, int(m))

w = 2.0
try:
    for i in range(5):
        w = w / (3 - i)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, w)

try:
    for i in range(3):
        q = q + 0.5
except NameError as e:
    print("NameError:", e)

s = 0.0
for i in range(10):
    s += i
    s = s if i < 5 else s - 0.5
print(s, f"{s:.3e}", str(s))
