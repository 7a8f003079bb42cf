# `x, x = a[0], a[1]` in a function: Debian's CPython 3.11.2 binds the
# first value (1), a CPython bug fixed in later 3.11 releases (pyenv's
# 3.11.7 and 3.9-3.13 upstream print 2); pyaot binds the last value, 2.
def h(a):
    x, x = a[0], a[1]
    return x


print(h([1, 2]))
