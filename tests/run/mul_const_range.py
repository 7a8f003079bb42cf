"""n * K with K a small int literal in a tagged-int loop tests n's range
instead of the multiply's overflow: products at and past the short range
(2**62) continue as big ints, negative ones too, with the same results."""
# expect-c: * (AotTV)3LL;


def collatz_steps(n):
    steps = 0
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n >>= 1
        steps += 1
    return steps


def scale(n, rounds):
    out = []
    for _ in range(rounds):
        n = n * 3
        out.append(n)
        n = 5 * n
    return out


def edge(n):
    a = n * 2
    b = n * 4
    c = 1024 * n
    return a, b, c


def main():
    print([collatz_steps(n) for n in (1, 7, 27, 97, 871, 2**61 - 1)])
    print(scale(7, 30)[-3:])
    print(scale(-7, 30)[-3:])
    for n in (0, 1, -1, 2**60, 2**60 - 1, -2**60, -2**60 - 1, 2**61,
              -2**61, 2**52, -(2**52) - 1, 3074457345618258602,
              -3074457345618258602, 3074457345618258603, 1537228672809129301,
              1537228672809129302, -1537228672809129301,
              -1537228672809129302, 1152921504606846975, -1152921504606846976):
        print(n, edge(n), n * 3, 3 * n + 1)


main()
