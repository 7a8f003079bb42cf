"""nsieve-bits: sieve of Eratosthenes on a bit array stored in a list of ints."""

BITS = 32


def nsieve_bits(m):
    words = (m + BITS) // BITS
    bits = [0xFFFFFFFF] * words
    count = 0
    for i in range(2, m + 1):
        if bits[i >> 5] & (1 << (i & 31)):
            count += 1
            j = i + i
            while j <= m:
                bits[j >> 5] &= ~(1 << (j & 31)) & 0xFFFFFFFF
                j += i
    return count


def main():
    total = 0
    for k in (0, 1, 2):
        m = (1 << (10 - k)) * 2000
        c = nsieve_bits(m)
        print("Primes up to %8d %8d" % (m, c))
        total += c
    print("checksum", total)


if __name__ == "__main__":
    main()
