# Chained and mixed integer comparisons.
def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


def between(a, b, c):
    return a < b < c


# expect: clamp(int, int, int) -> int native
# A chained int comparison may return any object (an int-predicted word can
# hold anything after a rebinding), so between returns a boxed result.
# expect: between(int, int, int) -> obj native
def main():
    for x in [-5, 0, 3, 10, 15]:
        print(x, clamp(x, 0, 10), between(0, x, 10))


main()
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1 == 1, 1 < 3 > 2, 5 != 5 != 6)
print(0 <= 0 < 1 <= 1, -1 < 0 > -1)
a, b = 9223372036854775807, 9223372036854775808
print(a < b, a == b - 1, b > a > 0, -b < -a)
