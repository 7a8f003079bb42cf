"""Module docstring for the test."""


def documented(x):
    """Return x doubled.

    More text here.
    """
    return x * 2


def undocumented(x):
    return x


def not_doc():
    x = 1
    "this string is not a docstring"
    return x


print(documented.__doc__)
print(undocumented.__doc__, not_doc.__doc__)
print(__doc__)
documented.__doc__ = "changed"
print(documented.__doc__, documented(21))
