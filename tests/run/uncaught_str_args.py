# Uncaught exception with several args, empty args and a KeyError with a tuple.
def f():
    try:
        raise OSError(2, "No such file", "name.txt")
    except OSError as e:
        print(str(e))
    try:
        raise ValueError()
    except ValueError as e:
        print(repr(str(e)))
    raise KeyError(("a", 1))

f()
