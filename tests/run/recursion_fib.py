# Classic doubly recursive Fibonacci.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


# expect: fib(int) -> int native
print(fib(0), fib(1), fib(2), fib(10), fib(20))
print([fib(i) for i in range(15)])
