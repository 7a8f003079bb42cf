# module.name loads keep the value found in the module's dict while the
# dict is unchanged: rebinding or deleting the attribute, PEP 562
# __getattr__, ModuleType's own attributes, and the name rebound to
# something that is not a module.
# expect-c: AotAttr_Load(&aot_ac[
import math
import types
import sys


def read_pi():
    return math.pi


def read_cfg():
    return cfg.level, cfg.__name__


cfg = types.ModuleType("cfg")
cfg.level = 1
print(read_pi(), read_cfg())
cfg.level = 2
print(read_cfg())
del cfg.level
try:
    read_cfg()
except AttributeError as e:
    print("AttributeError", e)
cfg.__getattr__ = lambda name: "dynamic " + name
print(read_cfg())
print(type(math.__dict__).__name__, math.__name__, sys.maxsize > 0)
saved = math.pi
math.pi = 3
print(read_pi())
math.pi = saved
total = 0.0
for i in range(1000):
    total += math.pi + math.e
print(round(total, 6))
math = types.SimpleNamespace(pi="not a module")
print(read_pi())
