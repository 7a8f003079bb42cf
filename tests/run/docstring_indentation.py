"""Docstrings keep what the target's compiler keeps: 3.13 cleans their
    indentation at compile time (tabs expanded, the first line's leading
    spaces and the common indentation of the others dropped), earlier
        versions keep them as written. Run with --python 3.13 to see it."""


def f():
    "a\tb"


def g():
    """  lead
  x
	y
    """


def h():
    "x\n\n  \n    y\n  "


def k():
    "é\n   ü"


def m():
    """Summary.

        Details indented.
    End.
    """


def e():
    ""


print(repr(__doc__))
for fn in (f, g, h, k, m, e):
    print(fn.__name__, repr(fn.__doc__))
