# del on attributes of stdlib objects and functions.
import types

ns = types.SimpleNamespace(a=1, b=2)
del ns.a
print(ns)
try:
    del ns.a
except AttributeError as e:
    print("AttributeError:", e)


def f():
    pass


f.extra = 1
del f.extra
print(hasattr(f, "extra"))
mod = types.ModuleType("m")
mod.v = 1
del mod.v
print(hasattr(mod, "v"))
