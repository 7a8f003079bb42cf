# Accessing globals through globals() and module attributes.
import sys

value = 1
g = globals()
print(g["value"], "value" in g, "missing" in g, g is globals())
g["value"] = 2
print(value)
g["dyn"] = "dynamic"
print(dyn)
this = sys.modules[__name__]
this.value = 3
print(value, this.value, getattr(this, "dyn"))
setattr(this, "other", 4)
print(other, __name__)
print(sorted([k for k in g if k in ("value", "dyn", "other", "this")]))
