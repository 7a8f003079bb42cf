# Numeric equality across int, float, bool and complex.
def eq(a, b):
    return a == b


def lt(a, b):
    return a < b


# Comparisons of int-predicted words return objects (the word may hold any
# object after a rebinding); bools are returned as the boxed singletons.
# expect: lt(int, int) -> obj native
print(lt(1, 2), lt(2, 1), lt(-5, -5), lt(2 ** 62, 2 ** 62 + 1), lt(-(2 ** 63), 0))
print(eq(1, 1.0), eq(True, 1), eq(0, -0.0), eq(1, 1 + 0j), eq(0.1 + 0.2, 0.3))
print(eq(2 ** 53 + 1, float(2 ** 53 + 1)), eq(float("nan"), float("nan")))
print(1 < True + 1, False < True, True > 0.5, -1 < False)
