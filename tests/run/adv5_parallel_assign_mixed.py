"""Parallel assignment in functions: rotations, subscripts whose index is also
a target, attributes, starred/nested targets, int/float locals swapping types."""
def rot4(a, b, c, d):
    a, b, c, d = d, a, b, c
    return a, b, c, d

def swap_sub(lst, i, j):
    lst[i], lst[j] = lst[j], lst[i]
    return lst

def swap_idx(lst):
    i = 0
    i, lst[i] = lst[i], 9
    return i, lst

def swap_idx2(lst):
    i = 0
    lst[i], i = 9, lst[i]
    return i, lst

def swap_num(n):
    a = 1
    b = 2.5
    for _ in range(n):
        a, b = b, a
    return a, b, type(a).__name__

def fib(n):
    a, b = 0, 1
    x, y = 0.0, 1.0
    for _ in range(n):
        a, b = b, a + b
        x, y = y, x + y
    return a, x

def mixed_obj(d):
    k = "k"
    d[k], k = k, d[k]
    return d, k

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def star(a, b, c):
    a, *b = b, c, a
    return a, b

def nested(a, b, c):
    (a, b), c = (c, a), b
    return a, b, c

def self_ref(a, b):
    a, b = a + b, a - b
    a, b = b * a, a
    return a, b

def swap_attr(ns):
    ns.x, ns.y = ns.y, ns.x
    return ns.x, ns.y

import types
print(rot4(1, 2.0, "3", [4]))
print(swap_sub([1, 2, 3], 0, 2), swap_sub([1, 2, 3], 1, 1), swap_sub([1, 2], -1, 0))
print(swap_idx([2, 6, 7]), swap_idx([1, 6, 7]), swap_idx2([5, 6, 7]))
print(swap_num(3), swap_num(4))
print(fib(10), fib(100))
print(mixed_obj({"k": "v", "v": 0}))
print(gcd(48, 18), gcd(2**100, 6**40), gcd(7, 0), gcd(-12, 8))
print(star(1, 2, 3), nested(1, 2, 3))
print(self_ref(3, 5), self_ref(2**62, 2**62), self_ref(1.5, 0.25))
print(swap_attr(types.SimpleNamespace(x=1, y="y")))

def swap_float_int(x, n):
    y = n
    for i in range(3):
        x, y = y * 2, x / 2
    return x, y
print(swap_float_int(1.5, 4), swap_float_int(1.0, 2**70))

def swap_in_loop_break(v):
    a, b, c = v, v * 2, v * 3
    while True:
        a, b, c = b, c, a + b + c
        if c > 10**20:
            break
    return a, b, c
print(swap_in_loop_break(1), swap_in_loop_break(2**60))
