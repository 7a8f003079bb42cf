# Return values: none, multiple, early returns.
def nothing():
    pass


def implicit(x):
    if x:
        return "yes"


def multi():
    return 1, "two", [3]


def early(xs):
    for i, x in enumerate(xs):
        if x < 0:
            return i
    return -1


print(nothing(), implicit(0), implicit(1))
a, b, c = multi()
print(a, b, c, multi())
print(early([1, 2, -3, 4]), early([]), early([5]))
r = nothing()
print(r is None, type(multi()).__name__)
