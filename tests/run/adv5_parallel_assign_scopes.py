"""Parallel assignment with globals, unbound/deleted locals, walrus on the right,
self-referencing subscripts, slices, dict items, int/float typed locals."""
G1 = 1
G2 = "two"
def swap_globals():
    global G1, G2
    G1, G2 = G2, G1
    return G1, G2

print(swap_globals(), swap_globals())

def swap_local_global(x):
    global G1
    G1, x = x, G1
    return G1, x

print(swap_local_global(10), G1)

def swap_unbound(flag):
    if flag:
        b = 2
    a = 1
    try:
        a, b = b, a
    except UnboundLocalError as e:
        return "unbound", a
    return a, b

print(swap_unbound(True), swap_unbound(False))

def swap_walrus(a, b):
    a, b = (c := b), a + c
    return a, b, c

print(swap_walrus(1, 2), swap_walrus(1.5, 2.5))

def swap_deleted(a, b):
    del a
    try:
        a, b = b, a
    except UnboundLocalError:
        a = "re"
    return a, b

print(swap_deleted(1, 2))

def swap_float_int_typed(n):
    x = 0.5
    k = 3
    for _ in range(n):
        x, k = k * 2.0, int(x) + 1
    return x, k, type(x).__name__, type(k).__name__

print(swap_float_int_typed(0), swap_float_int_typed(1), swap_float_int_typed(5))

def swap_self_index(l):
    i = 1
    l[i], i = i, 0
    j = 0
    j, l[j] = 2, j
    return l, i, j

print(swap_self_index([7, 8, 9]))

def swap_slice(l):
    l[:1], l[-1:] = l[-1:], l[:1]
    return l

print(swap_slice([1, 2, 3, 4]), swap_slice([5]))

def swap_dict(d):
    d["a"], d["b"] = d["b"], d["a"]
    d["b"], d["a"], d["c"] = d["a"], d["c"], d["b"]
    return sorted(d.items())

print(swap_dict({"a": 1, "b": 2, "c": 3}))

def swap_big(a, b):
    a, b = b * 2**62, a * 2**62
    a, b = b // 2**62, a // 2**62
    return a, b

print(swap_big(3, 4), swap_big(-1, 2**70))

def swap_in_comp(pairs):
    return [(b, a) for a, b in pairs], {b: a for a, b in pairs}

print(swap_in_comp([(1, "x"), (2, "y")]))
