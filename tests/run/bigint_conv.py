# Converting big ints to and from strings, floats and bytes.
n = 123456789012345678901234567890
print(str(n), repr(n), int(str(n)) == n)
print(int("-" + "9" * 40), int("1" * 30, 2), int("zz" * 10, 36))
print(float(n), int(float(n)), float(2 ** 1000) > 1e300)
print(f"{n:,}", f"{n:x}", f"{n:e}", format(-n, "_d"))
print(n.bit_length(), n.to_bytes(13, "big").hex())
print(int.from_bytes(b"\xff" * 16, "big"), int.from_bytes(b"\xff" * 16, "big", signed=True))
try:
    float(10 ** 309)
except OverflowError as e:
    print("OverflowError:", e)
print(round(n, -10), round(-n, -25))
print(n // 10 ** 20, n % 10 ** 20, 10 ** 20 // n)
print(isinstance(n, int), type(n).__name__, bool(n), bool(n - n))
