# Integer formulas: gcd, lcm, digit sums and polynomial evaluation.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def digit_sum(n):
    s = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s


def poly(x):
    return 3 * x * x * x - 2 * x * x + 7 * x - 5


# expect: gcd(int, int) -> int native
# expect: digit_sum(int) -> int native
# expect: poly(int) -> int native
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(1071, 462))
print(digit_sum(0), digit_sum(12345), digit_sum(999999999999))
print([poly(x) for x in range(-3, 4)])
print(poly(100000), poly(3000000))
total = 0
for i in range(1, 50):
    total += gcd(i, 36) * digit_sum(i)
print(total)
