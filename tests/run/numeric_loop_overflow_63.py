x = 1
for i in range(70):
    x = x * 2 + 1
print(x, x.bit_length())
y = 2**62
for i in range(4):
    y += 2**62
    print(y, type(y).__name__)
z = -(2**63)
for i in range(3):
    z -= 1
print(z)
w = 3
for i in range(6):
    w = w * w
print(w % 1000003)
m = 9223372036854775807
for i in range(3):
    m = -m - 1
    print(m)
a = -(2**63)
print(a // -1, abs(a), -a)
b = 1
for i in range(1, 25):
    b *= i
print(b, b // 2**63, b % 2**63)
h = 0
for c in "overflowing hash loop":
    h = (h * 31 + ord(c)) & 0xFFFFFFFFFFFFFFFF
print(h, h > 2**63)
k = 5
for i in range(64):
    k <<= 1
print(k >> 60, k)
