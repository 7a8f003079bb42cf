# dict methods and views.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 10), d.setdefault("e", 5))
print(d.pop("e"), d.pop("zz", "none"), d)
d.update({"a": 100, "d": 4}, f=6)
d.update([("g", 7)])
print(d)
print(d.popitem(), d)
e = dict.fromkeys(["x", "y"], 0)
print(e, dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict(zip("ab", [1, 2])))
print({**d, "a": -1}, d | {"z": 26}, "a" in d, 1 in d)
keys = d.keys()
d["new"] = 1
print(list(keys)[-1], len(keys), sorted(d.keys() & {"a", "new", "q"}))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
d.clear()
print(d)
