ints = [0, 7, -42, 255, 10**12]
for n in ints:
    print([format(n, s) for s in ["d", "b", "o", "x", "X", "#x", "#o", "#b", "c" if 0 <= n < 1000 else "d", "n", "e", ".2f", "%", "+d", " d", "08d", "_d", ",d", "<6", ">6", "^7", "=+8"]])
floats = [0.0, -0.0, 1.5, -123.456, 1e20, 3.14159e-7, float("inf"), float("nan")]
for x in floats:
    print([format(x, s) for s in ["", "f", ".3f", "e", ".2E", "g", ".3G", "%", ".1%", "+.2f", "010.2f", ",.2f", "_", "n", ".0f", "#.0f", "r" if False else "12g", "<10.1f"]])
strs = ["", "abc", "héllo"]
for s in strs:
    print([format(s, spec) for spec in ["", "s", "5", "<5", ">5", "^5", "*^7", ".2", "x>6.1"]])
for bad in [("abc", "d"), (1.5, "d"), (5, "s"), (3, ".2s"), ("x", "+")]:
    try:
        format(*bad)
    except ValueError as e:
        print("ValueError", e)
print(format(True, "d"), format(True, ""), format(False, ">5"), format(3 + 4j, ".1f"))
print(format(1234567.891, ",.2f"), format(-1234567, "_x"), format(255, "_b"))
