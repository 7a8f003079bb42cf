"""bench_intloop.py: nested integer loops with arithmetic."""


def mod_sum(n):
    total = 0
    for i in range(n):
        for j in range(n):
            total += (i * j) % 7
    return total


def collatz_max(limit):
    best = 0
    best_start = 1
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
            steps += 1
        if steps > best:
            best = steps
            best_start = start
    return best_start, best


def gcd_sum(n):
    total = 0
    for a in range(1, n):
        for b in range(1, n):
            x = a
            y = b
            while y:
                x, y = y, x % y
            total += x
    return total


def main():
    s = mod_sum(3000)
    start, steps = collatz_max(250000)
    g = gcd_sum(800)
    print(f"mod_sum {s}, collatz {start}:{steps}, gcd_sum {g}")
    print(f"checksum {(s ^ (start * 1000 + steps) ^ g) & 0xFFFFFFFF}")


if __name__ == "__main__":
    main()
