# A `/` after `*`: "/ must be ahead of *", as CPython says.
# error: 3:19: / must be ahead of *
def f(a, /, *, b, /):
    pass
