# The callee of a direct call to a module-level def, and the method of an
# `obj.meth(...)` call, are looked up before the arguments are evaluated, as
# CPython does (LOAD_GLOBAL / LOAD_METHOD first): an argument that rebinds
# the function or the attribute does not change which callable runs.
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
