# Modular exponentiation done by hand vs pow().
def powmod(b, e, m):
    result = 1
    b = b % m
    while e > 0:
        if e & 1:
            result = result * b % m
        b = b * b % m
        e >>= 1
    return result


# expect: powmod(int, int, int) -> int native
m = 2 ** 127 - 1
print(powmod(3, 10 ** 20, m) == pow(3, 10 ** 20, m))
print(powmod(2, 1000, 10 ** 9 + 7), pow(2, 1000, 10 ** 9 + 7))
print(powmod(12345678901234567890, 98765, 1000000007))
print(powmod(7, 2 ** 70, 2 ** 89 - 1))
