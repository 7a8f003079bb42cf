def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def sum_to(n):
    total = 0
    for i in range(n):
        total += i
    return total


print(fib(20), sum_to(100))
