# A lambda that captures a parameter of the enclosing function.
# error: 6:35: unsupported: closures (free variable 'factor' of function '<lambda>')


def scaler(factor):
    return list(map(lambda v: v * factor, [1, 2, 3]))
