# A nested function that reads a variable of the enclosing function; the
# error points at the first use of the free variable inside the nested function.
# error: 8:16: unsupported: closures (free variable 'x' of function 'g')


def f(x):
    def g(y):
        return x + y
    return g(1)
