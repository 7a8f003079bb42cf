"""hello.py: a small tour of what pyaot compiles today.

Run it compiled with:  build/pyaot run samples/hello.py
"""


def fib(n):
    """Returns the n-th Fibonacci number (naive recursion)."""
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def mean(values):
    total = 0.0
    for v in values:
        total += v
    return total / len(values)


def parse_all(words):
    numbers = []
    bad = []
    for w in words:
        try:
            numbers.append(int(w))
        except ValueError as e:
            bad.append(f"{w!r} ({e})")
    return numbers, bad


def main():
    print("Hello from pyaot!")
    print(f"fib(25) = {fib(25)}")

    longest = 0
    best = 0
    for i in range(1, 10000):
        s = collatz_steps(i)
        if s > longest:
            longest, best = s, i
    print(f"longest Collatz chain below 10000 starts at {best}: {longest} steps")

    squares = [i * i for i in range(10) if i % 2 == 1]
    print(f"odd squares: {squares}, mean {mean(squares):.2f}")

    big = 2 ** 64 + 1
    print(f"ints never overflow: 2**64 + 1 = {big:,}")

    numbers, bad = parse_all(["12", "x7", "40", "3.5"])
    print(f"parsed {numbers}, sum {sum(numbers)}; rejected: {', '.join(bad)}")

    try:
        print(1 / 0)
    except ZeroDivisionError as e:
        print(f"caught {type(e).__name__}: {e}")


if __name__ == "__main__":
    main()
