# f-string number formatting variety.
vals = [0, 1, -1, 255, 65535, 2 ** 40, -(2 ** 70)]
for v in vals:
    print(f"{v:d}|{v:x}|{v:o}|{v:,}|{v:>+12}|{v:e}")
fl = [0.0, -0.0, 1.5, -2.25, 1e-5, 123456.789, 1e300, float("inf"), float("nan")]
for f in fl:
    print(f"{f}|{f:.2f}|{f:g}|{f:.3e}|{f:>10.1f}|{f:%}")
for b in [True, False]:
    print(f"{b}|{b:d}|{b!r}|{int(b):+}")
print(f"{12.5:.0f} {13.5:.0f} {0.125:.2f} {0.375:.2f}")
