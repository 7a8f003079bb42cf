# Float accumulation loops.
def mean(n):
    total = 0.0
    i = 0
    while i < n:
        total += i * 0.5
        i += 1
    return total / n


def harmonic(n):
    s = 0.0
    for k in range(1, n + 1):
        s += 1.0 / k
    return s


# expect: mean(int) -> float native
# expect: harmonic(int) -> float native
print(mean(10), mean(1000))
print(harmonic(1), harmonic(10), harmonic(5000))
x = 1.0
for _ in range(60):
    x = x * 1.5 - 0.25
print(x)
y = 0.0
for _ in range(10):
    y += 0.1
print(y, y == 1.0)
