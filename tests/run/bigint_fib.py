# Iterative Fibonacci into big integers.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


# expect: fib(int) -> int native
for n in [0, 1, 2, 10, 50, 90, 92, 93, 94, 100]:
    print(n, fib(n))
print(fib(300))
s = 0
for n in range(200):
    s += fib(n) % 1000
print(s)
