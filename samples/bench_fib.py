"""bench_fib.py: recursive calls (naive Fibonacci, plus Ackermann-style depth)."""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def main():
    total = 0
    for n in range(20, 34):
        total += fib(n)
    t = 0
    for i in range(6):
        t += tak(22 + i % 3, 14, 6)
    print(f"fib sum {total}, tak sum {t}")
    print(f"checksum {(total * 31 + t) % 1000000007}")


if __name__ == "__main__":
    main()
