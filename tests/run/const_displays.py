"""List and dict displays of constants are built from constant tuples made
once at import: every evaluation still gives a fresh, independent object."""
# expect-c: AotDict_FromConstItems(
# expect-c: PySequence_List(


def fresh_list():
    return [1, 2.5, "three", (4, 5), None, -6, 2**70]


def fresh_dict():
    return {"a": 1, "b": 2.0, 3: "c", (1, 2): None, True: "t", 1: "one"}


a = fresh_list()
b = fresh_list()
a.append(7)
a[0] = 100
print(a, b, a is b, a[3] is b[3])
d1 = fresh_dict()
d2 = fresh_dict()
d1["z"] = 26
del d1["a"]
print(d1, d2, len(d2), list(d2))
print({1: "x", 1.0: "y", True: "z"}, {"k": 1, "k": 2})
print([[1, 2, 3], [1, 2, 3]][0] is [[1, 2, 3], [1, 2, 3]][1])
table = {
    "alpha": (1, 2, 3),
    "beta": [4, 5, 6],
    "gamma": {"x": 1, "y": 2},
}
table["beta"].append(7)
print(table)
floats = [0.5, 1.5, 2.5, -0.0, 1e300, float("inf")]
floats[0] += 1.0
print(floats, [0.5, 1.5, 2.5])
tf = (0.1, 0.2, 0.3)
print(tf, sum(tf), tf[0] is tf[0])
big = [i * 3 for i in [10, 20, 30]]
print(big, {k: v for k, v in {"p": 1, "q": 2}.items()})
