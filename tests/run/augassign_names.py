# Augmented assignment on local and global names.
def ops(x):
    x += 3
    x -= 1
    x *= 4
    x //= 3
    x %= 7
    x *= x
    x <<= 2
    x >>= 1
    x |= 1
    x &= 0xFF
    x ^= 0x0F
    return x


def fops(y):
    y += 0.5
    y *= 3.0
    y /= 2.0
    y -= 1.0
    return y


# expect: ops(int) -> int native
# expect: fops(float) -> float native
print([ops(v) for v in range(6)], ops(1000))
print(fops(1.0), fops(-2.5))
g = 10
g += 5
g **= 2
g /= 4
print(g)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t += (2, 3)
print(t)
