# Assignment to attributes of stdlib objects.
import types
import sys

ns = types.SimpleNamespace(a=1)
ns.b = 2
ns.a, ns.c = ns.b, [ns.a]
print(ns)
ns.c.append(3)
print(ns.c, vars(ns))
mod = types.ModuleType("scratch")
mod.value = 10
mod.value += 5
print(mod.value, mod.__name__)


def f():
    return 1


f.attr = "function attribute"
print(f.attr)
try:
    (1).real = 5
except AttributeError as e:
    print("AttributeError:", e)
del ns.b
print(hasattr(ns, "b"), sorted(vars(ns)))
