x = "outer"
lst = [x for x in range(3)]
print(lst, x)
d = {x: x * 2 for x in "ab"}
print(d, x)
s = {x for x in [1, 1, 2]}
print(sorted(s), x)

def f(n, x="param"):
    a = [x for x in range(n)]
    b = [[x, y] for x in range(2) for y in range(x, 2)]
    c = [[y * x for y in range(3)] for x in range(1, 3)]
    return a, b, c, x

print(f(3))

def g(items):
    scale = 10
    return [i * scale + len(items) for i in items if i % 2]

print(g([1, 2, 3, 4, 5]))

def h():
    total = 0
    res = [total := total + i for i in range(5)]
    return res, total

print(h())

def k(rows):
    return [[c for c in r if c != skip] for r in rows for skip in [r[0]]]

print(k(["abca", "xyzx"]))
try:
    print(i)
except NameError as e:
    print(e)
