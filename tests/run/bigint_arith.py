# Big integer arithmetic identities.
a = 2 ** 200 + 12345
b = 3 ** 120 - 7
print(a + b)
print(a - b)
print(a * b)
print(a // b, a % b, b // 12345, b % 12345)
print(-a // b, -a % b, a // -97, a % -97)
print(divmod(a, 10 ** 30))
print(a ** 2 - (a - 1) * (a + 1))
print(a & b, a | (1 << 10), a ^ b, ~a)
print(a >> 150, b << 3, -a >> 199)
print(a / b, b / a)
print(pow(a, 3, 10 ** 9 + 7), pow(b, b, 1000))
print(abs(-a) == a, -(-b) == b, a > b, a != b)
print(hex(a), oct(b)[:20], bin(a).count("1"))
