def f(data):
    best = None
    hits = [best := x for x in data if best is None or x > best]
    return hits, best

print(f([3, 1, 4, 1, 5, 9, 2, 6]))

def g(rows):
    last = "none"
    out = [[last := c for c in row if c.isupper()] for row in rows]
    return out, last

print(g(["aBc", "DeF", "xyz"]))

def h(n):
    seen = []
    pairs = [(i, j) for i in range(n) for j in range(i) if (s := i + j) % 3 == 0 and seen.append(s) is None]
    return pairs, seen, s

print(h(5))

total = 0
module_level = [total := total + v for v in range(4)]
def read_total():
    return total
print(module_level, read_total())

def k(words, prefix):
    return {w: [prefix + ch for ch in w if ch != w[0]] for w in words}
print(k(["abc", "dd"], ">"))

def nested_read(m):
    return [[m[i][j] + i * j for j in range(len(m[i]))] for i in range(len(m))]
print(nested_read([[1, 2], [3, 4, 5]]))

def shadow(x):
    y = [x for x in range(x)]
    z = [[x for x in range(x)] for x in range(x)]
    return x, y, z
print(shadow(3))
