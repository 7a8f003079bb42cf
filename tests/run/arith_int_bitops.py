# Bitwise operators and shifts on ints.
def bits(a, b):
    return (a & b) | (a ^ b)


a = 0b1011_0110
b = 0x5A
print(a & b, a | b, a ^ b, ~a, ~b)
print(a << 3, a >> 2, b << 0, b >> 10)
print(-a >> 1, -a >> 100, -1 >> 5)
print(1 << 62, 1 << 63, 1 << 64)
print((1 << 63) - 1, -(1 << 63))
print(bin(a), oct(a), hex(b))
print(bits(a, b), bits(-5, 12), bits(0, 0))
print(~0, ~-1, -1 & 0xFF, -256 | 15)
print((-12345) ^ 6789)
for n in [0, 1, 2, 255, 256, 1023, -1, -8]:
    print(n, n.bit_length(), n & (n - 1))
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(8 >> -2)
except ValueError as e:
    print("ValueError:", e)
