def ident(x):
    return x


def is_small(n):
    return n < 10


print(ident(1), ident(2.5), ident("s"), ident(None))
print(is_small(3), is_small(30))
