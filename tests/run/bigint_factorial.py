# Factorials far beyond 64 bits.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fact_rec(n):
    if n <= 1:
        return 1
    return n * fact_rec(n - 1)


# expect: fact(int) -> int native
# expect: fact_rec(int) -> int native
print(fact(20), fact(21), fact(25))
print(fact(100))
print(fact_rec(30) == fact(30), fact_rec(50) // fact(48))
print(len(str(fact(500))), fact(300) % 1000000007)
