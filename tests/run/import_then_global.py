"""An import binds a name without counting as an assignment before
`global` (CPython marks it DEF_IMPORT), so this is valid."""


def f():
    import os
    global os
    return os.sep


def g():
    import os.path as sep_mod
    global sep_mod
    return sep_mod.sep


print(f(), os.sep, g(), sep_mod.sep)
