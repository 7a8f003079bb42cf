# Conversions between floats, ints and strings.
vals = [0.5, 1.0, 2.0 / 3.0, 1e100, 123.456, -9.75, 1e-7, 3.0e15, 1.0e16]
for v in vals:
    print(repr(v), str(v), int(v), format(v, ".3f"), format(v, "e"), format(v, "g"))
print(float("nan") != float("nan"), float("Infinity"), float("-iNF"))
for s in ["1_000.5", ".5", "5.", "1e-2", "  -2.5e+3 "]:
    print(s.strip(), float(s))
for bad in ["", "abc", "1.2.3", "1e"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
print(float.fromhex("0x1.8p1"), (1.5).hex(), (0.1).hex())
print(int(2.5e10), int(-1e19), float(10 ** 20), float(-(2 ** 70)))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print(round(2.5), round(3.5), round(7.45, 1), round(-7.45, 1), round(1e20))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
