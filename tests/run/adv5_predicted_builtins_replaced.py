"""Predicted-float builtins and math functions replaced at run time (builtins
module, math attribute, module-level shadowing) by callables returning
non-floats, big ints and lists."""
import math
import builtins

def calc(x):
    a = math.sqrt(x)
    b = a + 1.0
    c = abs(x) * 2.0
    d = max(x, 1.5) / 2
    e = round(x) + 1
    f = float(x) * 3
    return a, b, c, d, e, f

print(calc(4.0))
orig_sqrt = math.sqrt
math.sqrt = lambda v: [v]
try:
    print(calc(4.0))
except TypeError as e:
    print("TypeError:", e)
math.sqrt = lambda v: 10**30
print(calc(4.0))
math.sqrt = orig_sqrt
real = {n: getattr(builtins, n) for n in ("abs", "max", "round", "float")}
builtins.abs = lambda v: "A"
try:
    print(calc(9.0))
except TypeError as e:
    print("TypeError:", e)
builtins.abs = lambda v: 2**80
print(calc(9.0))
builtins.abs = real["abs"]
builtins.max = lambda *a: None
try:
    print(calc(9.0))
except TypeError as e:
    print("TypeError:", e)
builtins.max = real["max"]
builtins.round = lambda v: 0.25
print(calc(9.0))
builtins.round = lambda v: 2**63
print(calc(9.0))
builtins.round = real["round"]
builtins.float = lambda v: "F"
print(calc(9.0))
builtins.float = int
print(calc(9.0))
builtins.float = real["float"]
print(calc(9.0))

def shadow_local(x):
    abs = lambda v: -1
    return abs(x) * 2.0
print(shadow_local(3.0))
float = lambda v: 7
def uses_global_float(x):
    return float(x) / 2
print(uses_global_float("zz"))
del float
print(uses_global_float("1.5"))
