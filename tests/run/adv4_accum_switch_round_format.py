"""Accumulators switching int->float->int midway; round() variants; format specs."""
def acc(n):
    total = 0
    hist = []
    for i in range(n):
        if i == 3:
            total += 0.5
        elif i == 6:
            total = int(total * 4)
        elif i == 8:
            total = total * 2**60
        elif i == 9:
            total /= 3
        else:
            total += i
        hist.append(total)
    return hist
for v in acc(12):
    print(repr(v), type(v).__name__)

def rounds(x):
    return [round(x), round(x, 0), round(x, 1), round(x, -1), round(x, -2), round(-x), round(x, 2)]
for x in (0.5, 1.5, 2.5, -0.5, -2.5, 2.675, 1234.5678, 1e16 + 1, 0.0, -0.0, 12345, -12355, 2**63 + 5):
    print(x, rounds(x))
for bad in (float("inf"), float("nan")):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e, round(bad, 2))

def fmt(x):
    return f"{x:.3f}|{x:+.2e}|{x:10.1%}|{x:>12,.2f}|{x:g}|{x:#x}" if isinstance(x, int) else f"{x:.3f}|{x:+.2e}|{x:10.1%}|{x:>12,.2f}|{x:g}|{x!r}"
for x in (0, 7, -2**63, 2**64, 0.1, -0.0, 1e300 * 10, -1e-7, 123456789.987654321):
    print(fmt(x))
def fsweep():
    out = []
    y = 1.0
    for i in range(12):
        y *= -7.3
        out.append(f"{y:.4g}/{i:03d}/{y:_>10.1f}/{int(y) if abs(y) < 1e9 else 0:,}")
    return out
print(fsweep())
print(f"{-0.0:.0f} {0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.5:.0f} {float('nan'):f} {float('-inf'):e}")
print(f"{2**62:_} {-(2**63):,} {2**100:e} {10**20:.2f} {True:d} {False:.1f}")
