# tuples: indexing, slicing, methods, immutability, comparison.
t = (5, 3, 5, 1, "x")
print(t[0], t[-1], t[1:3], t[::-1], t.count(5), t.index(1), len(t))
print(t + (1,), (0,) * 3, tuple([1, 2]), tuple("ab"), tuple())
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 9, 9), max((1, 9), (2, 0)))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
a, b = t[:2]
print(a, b)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "tuple key"}[(1, 2)])
print(tuple(sorted((3, 1, 2))), sum((1, 2, 3)), (1,) + ())
