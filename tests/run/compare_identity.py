# is / is not / in / not in.
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b, a is c, a == c, a is not c, b is not a)
x = None
print(x is None, x is not None, type(x) is type(None))
print(2 in a, 5 in a, 5 not in a, "k" in {"k": 1}, 1 in {"k": 1}.values())
print("ab" in "cabd", (1, 2) in [(1, 2)], [1] in [[1]], 3 in range(5), 7 in range(0, 10, 2))
print(True is True, False is not True, (1 == 1) is True)
d = {}
print(d.get("z") is None, d.setdefault("z", []) is d["z"])
