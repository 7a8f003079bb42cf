# int() constructor, int methods and attributes.
print(int("42"), int("-17"), int("  12  "), int("1_000"), int("+5"))
print(int("ff", 16), int("0xff", 16), int("0o17", 0), int("0b101", 0), int("z", 36))
print(int(3.7), int(-3.7), int(True), int("0"), int())
for bad in ["", "abc", "1.5", "12a", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
n = 1000
print(n.bit_length(), n.to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print((255).to_bytes(1, "big"), (-1).to_bytes(2, "big", signed=True))
print(n.real, n.imag, n.numerator, n.denominator, n.conjugate())
print((10).__add__(5), int.__name__, isinstance(n, int), isinstance(True, int))
print(n.as_integer_ratio(), (0).bit_length(), (-255).bit_length())
