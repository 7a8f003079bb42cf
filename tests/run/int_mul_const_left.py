# A short-int constant on the left of `*` is the untagged side of the
# product (`3 * n` multiplies n's tagged word by 3, no shift); results
# past 63 bits still continue as Python ints, negative and zero constants
# keep their signs.
# expect-c: (AotTV)3LL, &
# expect-c: (AotTV)-7LL, &


def collatz_steps(n):
    steps = 0
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n >>= 1
        steps += 1
    return steps


def products(n):
    out = []
    x = n
    for i in range(70):
        x = -7 * x
        out.append(x % 1000003)
        y = 0 * x
        out.append(y)
    return out, x


def main():
    print([collatz_steps(k) for k in range(1, 40)])
    print(collatz_steps(2**61 + 1), collatz_steps(2**62 - 1))
    print(collatz_steps(837799), collatz_steps(2**70 + 3))
    r, x = products(5)
    print(r[:12], r[-6:])
    print(x)
    r, x = products(-(2**40))
    print(r[-4:], x)
    big = 2**62 - 1
    print(3 * big, -7 * big, 3 * -big, 1 * big, -1 * -(2**62))


main()
