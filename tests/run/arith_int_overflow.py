# Operations that overflow 63- and 64-bit machine integers.
def mul(a, b):
    return a * b


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


# expect: mul(int, int) -> int native
# expect: add(int, int) -> int native
# expect: sub(int, int) -> int native
big = 9223372036854775807
small = -9223372036854775808
print(add(big, 1), sub(small, 1), add(big, big))
print(mul(big, 2), mul(small, -1), mul(small, small))
print(add(4611686018427387903, 1), sub(-4611686018427387904, 1))
print(mul(3037000499, 3037000499), mul(3037000500, 3037000500))
print(mul(-1, small), sub(0, small), add(small, -1))
x = 1
for i in range(70):
    x = add(x, x)
print(x)
print(small // -1, small % -1, abs(small), -small)
print(big * big // big == big)
