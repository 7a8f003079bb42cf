# -*- coding: latin-1 -*-
"""A Latin-1 source (PEP 263): text and identifiers are read as Latin-1."""
s = "café °C ½"
print(s, len(s), [hex(ord(c)) for c in s])
naïve = 3
print(naïve * 2, "naïve" in globals())
b = s.encode("utf-8")
print(b, len(b))


def f(x):
    """Déjà vu."""
    return x + "ÿ"


print(f(s), f.__doc__)
