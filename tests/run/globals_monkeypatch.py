# Monkeypatching a stdlib module function that our code calls.
import math


def hyp(a, b):
    return math.sqrt(a * a + b * b)


print(hyp(3, 4))
real_sqrt = math.sqrt
math.sqrt = lambda v: "patched " + str(v)
print(hyp(3, 4))
math.sqrt = real_sqrt
print(hyp(5, 12))

import os.path


def ext(p):
    return os.path.splitext(p)[1]


print(ext("a/b.txt"))
saved = os.path.splitext
os.path.splitext = lambda p: ("x", ".patched")
print(ext("a/b.txt"))
os.path.splitext = saved
print(ext("c.tar.gz"))
