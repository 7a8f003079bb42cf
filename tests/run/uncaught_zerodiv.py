# ZeroDivisionError raised in a nested call, not caught.
def ratio(a, b):
    return a // b


def compute(values):
    out = []
    for v in values:
        out.append(ratio(100, v))
    return out


def main():
    print(compute([1, 2, 5]))
    print(compute([3, 0, 4]))


main()
