# An int loop that overflows 2**63 and keeps going as a Python int.
def grow(n):
    x = 1
    for i in range(n):
        x = x * 3 + i
    return x


def double_until(limit):
    x = 1
    steps = 0
    while x < limit:
        x += x
        steps += 1
    return steps


# expect: grow(int) -> int native
# expect: double_until(int) -> int native
print(grow(10), grow(39), grow(40), grow(41))
print(grow(100))
print(double_until(2 ** 62), double_until(2 ** 63), double_until(2 ** 64), double_until(10 ** 30))
