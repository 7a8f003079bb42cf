def mean(a, b):
    return (a + b) / 2.0


def scale(x, k):
    return x * k


print(mean(1.5, 2.5), scale(2.0, 3))
