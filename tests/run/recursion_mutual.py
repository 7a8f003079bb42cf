# Mutually recursive functions.
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


# Comparisons of int-predicted words return objects (the word may hold any
# object after a rebinding); bools are returned as the boxed singletons.
# expect: is_even(int) -> obj native
# expect: is_odd(int) -> obj native
print([is_even(i) for i in range(8)])
print(is_odd(7), is_odd(100), is_even(301))
