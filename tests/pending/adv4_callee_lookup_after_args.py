# The callee of a direct call to a module-level def, and the method of an
# `obj.meth(...)` call, are resolved after the arguments are evaluated.
# CPython loads the callee (LOAD_GLOBAL / LOAD_METHOD) first, so an
# argument whose evaluation rebinds the function or the attribute must not
# change which callable runs.
# CPython prints:   ('old', 1)   ('g', 2)
# compiled prints:  ('new', 1)   ('g-new', 2)
import types

ns = types.SimpleNamespace(f=lambda x: ("old", x))

def patch_ns():
    ns.f = lambda x: ("new", x)
    return 1

def g(x):
    return ("g", x)

def patch_g():
    globals()["g"] = lambda x: ("g-new", x)
    return 2

def main():
    print(ns.f(patch_ns()), g(patch_g()))

main()
