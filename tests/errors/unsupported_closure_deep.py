# The free variable comes from two levels up.
# error: 10:20: unsupported: closures (free variable 'base' of function 'inner')


def outer(base):
    def middle():
        n = 1

        def inner():
            return base + 1
        return inner() + n
    return middle()
