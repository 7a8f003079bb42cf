"""Float-specialized // and % (and int-float mixes) over inf/nan/-0.0/huge/tiny operands."""
import math

def fd(a, b):
    try:
        q = a // b
    except ZeroDivisionError as e:
        q = str(e)
    try:
        m = a % b
    except ZeroDivisionError as e:
        m = str(e)
    return q, m

def mixed(n, b):
    try:
        return n // b, n % b, n / b, b // n, b % n
    except ZeroDivisionError as e:
        return str(e)

inf = math.inf
nan = math.nan
vals = [5.0, -5.0, 0.0, -0.0, inf, -inf, nan, 1e308, -1e-308, 5e-324, 0.3, -0.7, 2.0**53 + 2, 1e16]
def main():
    rows = []
    for a in [5.0, -5.0, 0.0, -0.0, 1e309, -1e309, 1e308, -1e-308, 5e-324, 0.3, -0.7, 9007199254740994.0, 1e16]:
        row = []
        for b in [5.0, -5.0, 0.0, -0.0, 1e309, -1e309, 1e308, -1e-308, 5e-324, 0.3, -0.7, 9007199254740994.0, 1e16]:
            q, m = fd(a, b)
            row.append(f"{q!r}/{m!r}")
            q, m = fd(a, b - b * 0.0 + (1e309 - 1e309) * (a == 0.3))
            row.append(f"{q!r}/{m!r}")
        rows.append(" ".join(row))
    for r in rows:
        print(r)
    for n in [7, -7, 0, 1, -1, 9007199254740993, -4611686018427387904, 4611686018427387903]:
        print(n, mixed(n, 0.5), mixed(n, -0.5), mixed(n, 1e309), mixed(n, -1e309), mixed(n, 3.0), mixed(n, -0.0))
main()
def chain(x):
    out = []
    for i in range(6):
        x = x % 7.5 - x // 2.5
        out.append(x)
    return out
print(chain(100.0), chain(-33.3), chain(1e300))
print(math.copysign(1.0, fd(-0.0, 5.0)[1]), math.copysign(1.0, fd(0.0, -5.0)[1]), math.copysign(1.0, fd(-0.0, -5.0)[0]))
