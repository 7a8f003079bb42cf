# Big-int arithmetic in every operator, including negative floor div/mod/shift/pow.
a = 3 ** 80 + 12345
b = -(7 ** 40) - 1
small = [-7, -3, -1, 1, 3, 7]
print(a + b, a - b, a * b)
print(a // b, a % b, b // a, b % a)
print(divmod(a, b), divmod(b, a), divmod(-a, -b))
for s in small:
    print(s, a // s, a % s, b // s, b % s, (-a) // s, (-a) % s)
print(a >> 3, b >> 3, b >> 200, a >> 200, (-1) >> 1000)
print(a << 5, b << 70, 1 << 130, -1 << 130)
print(a & b, a | b, a ^ b, ~a, ~b)
print(a & -1, b & 0xFFFF, b | 0, (-a) ^ (-b))
print(2 ** 100, (-2) ** 101, (-3) ** 0, 2 ** -2, (-2) ** -3)
print(pow(a, 3, 10 ** 9 + 7), pow(b, 5, 97), pow(-5, 3, 7), pow(5, 3, -7), pow(3, -1, 7))
print(pow(2, 200, 2 ** 64 + 13))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    a // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(a / b, b / 3, a / a)
try:
    print((10 ** 400) / 3)
except OverflowError as e:
    print("OverflowError:", e)
print((10 ** 400) // (10 ** 399 + 1), -(10 ** 400) // 7 % 13)
print(abs(b), -b, +b, a == a + 0, a != b, a > b, b < -1, abs(b) > 2 ** 63)
# boundaries around the 63-bit fast path
M = 2 ** 63
print(M - 1 + 1, -M - 1, (M - 1) * 2, (-M) // -1, (-M) % -1, -(-M), abs(-M))
x = 9223372036854775807
x += 1
print(x, type(x).__name__)
y = -9223372036854775808
y -= 1
print(y, y * y, y // 2, y >> 1, y << 1)
print(int("-" + "9" * 30) // 10 ** 15, int("1" * 25, 2))
