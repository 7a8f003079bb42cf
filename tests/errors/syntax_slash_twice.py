# A second `/` in a parameter list: CPython's "/ may appear only once"
# (not "/ must be ahead of *", which is for a `/` after `*`).
# error: 4:16: / may appear only once
def f(a, /, b, /):
    pass
