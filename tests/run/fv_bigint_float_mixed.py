# A float meeting an int too big for a short (a tagged pointer) converts
# the int as float arithmetic does (OverflowError past 1e308), without
# boxing the float; zero divisors still raise CPython's errors.
def f(big, x):
    y = x * 1.0
    return [big + y, y + big, big - y, y - big, big * y, y * big, big / y, y / big, big // y, y // big, big % y, y % big]

def g(n, d):
    s = 0.5
    s += n
    s -= n * 3
    s *= n
    s /= d
    return s

for big, x in [(2**63, 3), (-2**70, 7), (10**20, -2), (2**62, 1), (-(2**62) - 1, 4)]:
    print(f(big, x))
for bad in [(2**63, 0), (10**400, 2), (2**62, float("inf")), (-2**64, float("nan"))]:
    try:
        print(f(*bad))
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
print(g(2**64, 3), g(2**63 + 1, 2.0))
try:
    g(10**400, 1)
except OverflowError as e:
    print(e)
try:
    g(2**64, 0)
except ZeroDivisionError as e:
    print(e)
