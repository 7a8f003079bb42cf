# bool() conversions and bool arithmetic.
def truthy(v):
    if v:
        return True
    return False


def count_true(n):
    c = 0
    for i in range(n):
        c += i % 3 == 0
    return c


# Comparisons of int-predicted words return objects (the word may hold any
# object after a rebinding); bools are returned as the boxed singletons.
# c += <comparison> keeps c a predicted int (an int plus a bool is an int).
# expect: count_true(int) -> int native
print([truthy(v) for v in [0, 1, 0.0, 0.1, "", "0", [], [[]], None, {}, range(0), range(1)]])
print(bool(), bool(0), bool(-1), bool("False"), bool(0.0), bool(float("nan")))
print(True + True, True * 3, sum([True] * 5), True / 2, int(False))
print(count_true(10), count_true(100))
print(isinstance(True, int), type(not 1).__name__, type(1 == 1).__name__, str(not 0))
