# Uncaught exception with an explicit cause.
def load(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise LookupError("missing setting " + k) from e


print(load({"a": 1}, "a"))
load({}, "b")
