# A linear congruential generator with masking (deterministic).
def lcg(seed, n):
    x = seed
    acc = 0
    for _ in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        acc ^= x >> 33
    return acc


def lcg32(seed, n):
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
    return x


# expect: lcg(int, int) -> int native
# expect: lcg32(int, int) -> int native
print(lcg(1, 10), lcg(42, 300))
print(lcg32(1, 1), lcg32(7, 2000))
