# Summing ints in loops; sums cross the 64-bit boundary.
def sum_squares(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def sum_big(n):
    total = 9223372036854775000
    for i in range(n):
        total += i
    return total


# expect: sum_squares(int) -> int native
# expect: sum_big(int) -> int native
print(sum_squares(10), sum_squares(1000), sum_squares(100000))
print(sum_big(10), sum_big(100), sum_big(2000))
