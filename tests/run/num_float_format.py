# Float formatting, round(), int()/float() conversions, divmod on floats.
vals = [0.1 + 0.2, 1e16, 1e-5, 123456789.125, -0.0, 2.5, 3.5, 1 / 3, 1e22, 5e-324, 1.7976931348623157e308]
for v in vals:
    print(repr(v), str(v), f"{v:g}", f"{v:.3e}", f"{v:,.2f}", f"{v:%}" if abs(v) < 1e10 else "-", format(v, ".17g"))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(-0.5))
print(round(123456, -2), round(-150, -2), round(250, -2), round(1e300), type(round(2.5)).__name__, round(7, 0))
print(round(1.23456, 3), round(-1.0e-10, 3), repr(round(-0.001, 2)), round(12345.678, -2))
print(int("  42  "), int("-0x1f", 16), int("0b101", 0), int("1_000"), int("z", 36), int(-3.99), int("0o17", 8))
for bad in ["1.5", "", "0x", "1__0", " - 1"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
print(float(" 1e3 "), float("-inf"), float("nan"), float("1_0.5"), float("-0"), float(".5"), float("5."))
for bad in ["1e", "abc", "1..2", "inf inf"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), divmod(-0.0, 1), divmod(1, -0.3))
print(7.5 // -2, -7.5 % 2, 5 % -0.0 if False else "skip", 1e308 * 10, -1e308 * 10)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
print((-8) ** (1 / 3), (-2.0) ** 2, 0.0 ** 0, 0 ** 0.0)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(f"{1234.5:e}", f"{1234.5:E}", f"{0.00001234:G}", f"{1e100:f}"[:20], f"{12.0:.0f}", f"{0.5:.0f}", f"{1.5:.0f}")
print(f"{3.14159:+08.3f}", f"{-3.14159: .2f}", f"{3:^9.2f}|", f"{1e6:_.1f}", f"{float('nan'):>6}", f"{float('-inf'):<6}|")
print("%.3f %e %g %G %r %s %5.1f%%" % (2 / 3, 12345.678, 1e-7, 1e20, 0.1, 1e16, 99.44))
print(float.fromhex("0x1.8p1"), (1.5).hex(), (0.1).as_integer_ratio(), (2.0).is_integer(), (1e300).is_integer())
