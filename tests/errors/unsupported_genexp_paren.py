# A parenthesized generator expression inside a function.
# error: 6:11: unsupported: generator expressions


def squares(n):
    gen = (i * i for i in range(n))
    return list(gen)
