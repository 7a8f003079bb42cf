def load(names):
    mods = []
    for n in names:
        m = __import__(n)
        mods.append(m.__name__)
    import os.path
    import os.path as op
    return mods, os.path is op, os.__name__

print(load(["math", "json", "math"]))

def local_import_scope():
    import string
    return string.digits

print(local_import_scope())
try:
    print(string)
except NameError as e:
    print(e)

def global_import():
    global heapq
    import heapq
global_import()
h = [5, 1, 3]
heapq.heapify(h)
print(h)

res = []
for i in range(3):
    import collections
    from collections import Counter as C
    res.append(C("aab" * i).most_common(1))
print(res, collections.Counter is C)

def conditional(flag):
    if flag:
        import math as m
    try:
        return m.floor(2.7)
    except UnboundLocalError as e:
        return type(e).__name__
print(conditional(True), conditional(False))

def shadow_builtin_via_import():
    from math import pow
    return pow(2, 3)
print(shadow_builtin_via_import(), pow(2, 3))
while True:
    from itertools import count
    break
print(next(count(5)))
import importlib.util
print(importlib.util.find_spec("json") is not None)
