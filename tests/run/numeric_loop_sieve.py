# Sieve of Eratosthenes with list indexing in loops.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    count = 0
    for k in range(n + 1):
        if flags[k]:
            count += 1
    return count


# expect: sieve(int) -> int native
print(sieve(10), sieve(100), sieve(10000), sieve(50000))
