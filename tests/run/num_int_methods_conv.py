# int/str conversions, bases, bit ops on negatives and methods.
for n in [0, 1, -1, 255, -256, 2 ** 64, -(2 ** 64) + 1]:
    print(n, bin(n), oct(n), hex(n), n.bit_length(), f"{n:#x}", f"{n:b}"[-8:], f"{n:,}", f"{n:_x}")
print((-5).bit_count() if hasattr(0, "bit_count") else "", (255).to_bytes(2, "big"), int.from_bytes(b"\xff\x00", "little", signed=True))
print((-1).to_bytes(3, "big", signed=True), int.from_bytes(b"\x80" + b"\x00" * 9, "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(abs(-(2 ** 70)), (2 ** 70).__neg__(), (7).__rtruediv__(2), (10).conjugate(), (6).numerator, (6).denominator)
print(int.__floordiv__(-7, 2), int.__mod__(-7, 2), (-7).__divmod__(2), (3).__pow__(4, 5))
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2, 0 // -5, 0 % -5)
print(-1 >> 1, -2 >> 1, -3 >> 1, -(2 ** 100) >> 99, -(2 ** 100) >> 101, (-(2 ** 100) - 1) >> 100)
print(-1 & 0xFF, -256 | 0xF, -1 ^ 0xF, ~0, ~-1, ~(2 ** 64), 5 & -5, -(2 ** 65) & (2 ** 64 + 3))
print(str(10 ** 50)[::7], len(str(2 ** 1000)), repr(-10 ** 20), int(str(-10 ** 20)) == -10 ** 20)
print(format(255, "08b"), format(-255, "+x"), format(255, "X"), format(65, "c"), format(1234567, "n"), format(10, "o"))
print("%x %o %X %#o %#x %+d % d %05d %-5d|" % (255, 8, 255, 8, 255, 5, 5, -42, 7))
print(int(True), int(" -0 "), int(b"12"), int("١٢٣"), float("١.٥"))
print(sorted([10 ** 20, -5, 3.5, -(10 ** 19), 0, 2 ** 63 - 1, 2 ** 63]))
print(max([2 ** 100, 2.0 ** 100, 2 ** 100 + 1]), min(-0.0, 0), min(0, -0.0))
print(sum([2 ** 62, 2 ** 62, 2 ** 62]), sum([0.1] * 10), sum([1, 2.5, 2 ** 64]))
