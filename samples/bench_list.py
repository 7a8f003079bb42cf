"""bench_list.py: list indexing, append-building and in-place updates."""


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    primes = []
    for k in range(n + 1):
        if flags[k]:
            primes.append(k)
    return primes


def prefix_sums(values):
    out = []
    total = 0
    for v in values:
        total += v
        out.append(total)
    return out


def rotate_mix(data, rounds):
    n = len(data)
    for r in range(rounds):
        for i in range(n):
            data[i] = (data[i] + data[(i + r + 1) % n]) % 1000003
    return data


def matmul(a, b, n):
    c = []
    for i in range(n):
        row = [0] * n
        ai = a[i]
        for k in range(n):
            aik = ai[k]
            bk = b[k]
            for j in range(n):
                row[j] += aik * bk[j]
        c.append(row)
    return c


def main():
    primes = sieve(3000000)
    sums = prefix_sums(primes)
    mixed = rotate_mix(primes[:20000], 700)
    n = 170
    a = []
    b = []
    for i in range(n):
        a.append([(i * j + 1) % 17 for j in range(n)])
        b.append([(i + 2 * j) % 13 for j in range(n)])
    c = matmul(a, b, n)
    print(f"{len(primes)} primes, last {primes[-1]}, prefix {sums[-1]}, c[7][11] {c[7][11]}")
    check = 0
    for i in range(len(mixed)):
        check = (check * 31 + mixed[i]) % 1000000007
    for i in range(n):
        for j in range(n):
            check = (check * 17 + c[i][j]) % 1000000007
    print(f"checksum {check}")


if __name__ == "__main__":
    main()
