import os.path as p
from os import path as q, sep
from collections.abc import Mapping, Sequence
import collections.abc
import xml.dom.minidom

print(p is q, sep == "/")
print(p.join("a", "b"), q.basename("/x/y.txt"))
print(isinstance({}, Mapping), isinstance([], Sequence), isinstance("s", Mapping))
print(collections.abc.Iterable.__name__)
print(xml.dom.minidom.__name__)

def use():
    import json as j
    from math import sqrt as s, pi
    return j.dumps({"a": s(16.0), "b": round(pi, 3)}, sort_keys=True)

print(use())

total = 0
for name in ["math", "string", "math", "operator"]:
    mod = __import__(name)
    import importlib
    m2 = importlib.import_module(name)
    total += mod is m2
    if name == "operator":
        from operator import add as plus
        print(plus(2, 3))
print(total)

def late():
    from string import ascii_lowercase
    return ascii_lowercase[:5]
print(late(), "ascii_lowercase" in globals())
