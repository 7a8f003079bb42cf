"""a / b of two predicted ints is a predicted float: divided in doubles below
2**53 (as long_true_divide does), exactly above it, ZeroDivisionError for
zero, also as a /= b."""
# expect-c: AotFV_TrueDivTT(


def f(n):
    s = 0.0
    state = 12345
    for i in range(1, n):
        state = (state * 1103515245 + 12345) % 2147483648
        x = state / 2147483648
        s += x + i / 7
    return s


def g():
    out = []
    for a, b in [(1, 3), (-7, 2), (2**53 - 1, 3), (2**53 + 1, 3), (2**62 - 1, 7),
                 (10**30, 7), (0, 5), (-0, -5), (1, -3), (2**53, 2**53 - 1)]:
        out.append(a / b)
        c = a
        c /= b
        out.append(c)
    for a, b in [(1, 0), (0, 0), (2**70, 0)]:
        try:
            out.append(a / b)
        except ZeroDivisionError as e:
            out.append(repr(e))
    return out


print(f(10000))
print(g())
