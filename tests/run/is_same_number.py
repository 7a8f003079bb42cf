"""x is x of a predicted number is True (x is not x False), as in CPython,
where it is one object; boxing the word for each side made two."""
def f(y, n):
    z = y * 2.0
    k = n + 1000
    return y is y, z is z, z is not z, k is k, k is not k, (z is z) + 1, [z is z for _ in range(2)]


def g(y):
    t = 0
    if y is y:
        t += 1
    while y is not y:
        t += 100
    return t


print(f(1.5, 3), f(2**70, 2**70), g(2.5), g(7))
