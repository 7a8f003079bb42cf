# set operations (printed sorted for determinism).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection([1, 3])), a.isdisjoint({7}), {1, 2}.issubset(a))
s = set()
s.add("x")
s.add("y")
s.add("x")
s.update(["z", "w"])
s.discard("nope")
s.remove("w")
print(sorted(s), len(s), "x" in s)
try:
    s.remove("missing")
except KeyError as e:
    print("KeyError:", e)
fs = frozenset([3, 1, 2])
print(sorted(fs), fs == {1, 2, 3}, type(fs).__name__, len(fs | {4}))
c = a.copy()
c -= {1}
c |= {10}
c &= {2, 3, 10}
print(sorted(c), sorted(a))
words = set("mississippi")
print(sorted(words), len(words))
p = {3, 1, 2}
print(p.pop() in {1, 2, 3}, len(p))
