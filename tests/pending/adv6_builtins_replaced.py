# Replacing the module's __builtins__ is not seen by compiled code: the
# module reads its builtins once, at import, while CPython gives each
# function the __builtins__ its globals hold when the def runs. Here g is
# defined after the replacement, so CPython raises NameError for max;
# compiled, max is still found.
globals()['__builtins__'] = {'print': print}


def g(a, b):
    return max(a, b)


print(g("a", "b"))
