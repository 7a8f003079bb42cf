# module.f(...) calls keep the value found in the module's dict while the
# dict is unchanged: a rebound, deleted or added attribute, another module
# at the same call site, PEP 562 __getattr__, a module subclass, keyword
# arguments, and a callee that deletes its own attribute mid-call.
# expect-c: AotMeth_Call(&aot_mc[
import math
import random
import types


def call_f(mods, x):
    return [m.f(x) for m in mods]


def twice(x):
    return 2 * x


def thrice(x):
    return 3 * x


def self_deleting(x):
    del m1.f
    return x + 1000


m1 = types.ModuleType("m1")
m2 = types.ModuleType("m2")
m1.f = twice
m2.f = thrice
print(call_f([m1, m2, m1, m1], 5))
m1.f = thrice
print(call_f([m1, m1], 6))
m1.other = 1
print(call_f([m1], 7))
m1.f = self_deleting
print(call_f([m1], 8))
try:
    call_f([m1], 9)
except AttributeError as e:
    print("AttributeError", e)
m1.__getattr__ = lambda name: twice if name == "f" else None
print(call_f([m1], 10))
Sub = type("Sub", (types.ModuleType,), {"f": lambda self, x: ("sub", x)})
s = Sub("s")
print(call_f([s], 11))
s.f = twice
print(call_f([s, m2], 12))
total = 0
for i in range(2000):
    total += math.gcd(i, 12) + len(math.__name__)
print(total)
print(math.isclose(1.0, 1.05, rel_tol=0.1), math.isclose(1.0, 1.5, rel_tol=0.1))
random.seed(3)
xs = [random.randint(1, 6) for _ in range(5)]
random.seed(3)
print(xs == [random.randint(1, 6) for _ in range(5)])
saved = math.sqrt
math.sqrt = lambda x: "patched"
print(math.sqrt(4.0))
math.sqrt = saved
print(math.sqrt(4.0))
try:
    math.nope(1)
except AttributeError as e:
    print("AttributeError", e)
