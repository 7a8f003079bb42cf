# Shallow vs deep copies.
import copy

orig = {"list": [1, 2], "num": 3, "nested": {"inner": [4]}}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
shallow["list"].append(99)
deep["nested"]["inner"].append(100)
shallow["num"] = -1
print(orig)
print(shallow)
print(deep)
lst = [[1], [2]]
l2 = list(lst)
l3 = lst.copy()
l4 = [x[:] for x in lst]
lst[0].append("shared")
print(l2, l3, l4)
d = dict(orig)
print(d is orig, d == orig, d["list"] is orig["list"])
