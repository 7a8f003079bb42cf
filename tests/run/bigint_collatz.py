# Collatz steps starting at a huge number.
def steps(n):
    count = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        count += 1
    return count


# expect: steps(int) -> int native
print(steps(27), steps(97), steps(871))
print(steps(2 ** 100 + 1))
print(steps(3 ** 50))
