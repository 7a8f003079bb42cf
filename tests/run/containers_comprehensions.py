# List, dict and set comprehensions with several for/if clauses.
print([x * x for x in range(8)])
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(4)] for i in range(3)])
print([c.upper() for word in ["ab", "cd"] for c in word if c != "c"])
print({k: v for k, v in [("a", 1), ("b", 2)] if v > 1})
print({n: n ** 2 for n in range(5)}, {s: len(s) for s in "one two three".split()})
print(sorted({x % 4 for x in range(20)}), sorted({c for c in "hello"}))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2 == 0])
x = "outer"
print([x for x in "ab"], x)
print([y for y in []], {k: k for k in ()}, set([z for z in []]))
print([i if i % 2 else -i for i in range(6)])
print([(a, b) for a in range(3) if a for b in "xy" if b != "y"])
