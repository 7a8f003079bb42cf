# while loops with integer counters and early exits.
def isqrt(n):
    lo = 0
    hi = n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo


def count_bits(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c


# expect: isqrt(int) -> int native
# expect: count_bits(int) -> int native
print([isqrt(v) for v in [0, 1, 15, 16, 17, 10 ** 12]], isqrt(2 ** 127))
print(count_bits(0), count_bits(255), count_bits(2 ** 64 - 1), count_bits(2 ** 100 + 7))
