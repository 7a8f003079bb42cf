# A class defined inside a function.
# error: 6:5: unsupported: class definitions


def make():
    class Local:
        pass
    return Local
