# A method call whose arguments are list, tuple or empty dict displays
# (d.setdefault(k, []).append(v)) takes the method call fast path.
# expect-c: AotMeth_Call(&aot_mc[0], 


def group(pairs):
    d = {}
    for k, v in pairs:
        d.setdefault(k, []).append(v)
        d.setdefault(("t", k), (v, v))
        d.setdefault(("d", k), {})
    return d


print(group([(1, "a"), (2, "b"), (1, "c")]))
s = set()
s.update([1, 2], (3,))
print(sorted(s))
