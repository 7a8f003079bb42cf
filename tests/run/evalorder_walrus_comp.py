# Walrus inside comprehension conditions binds in the enclosing scope.
def f(x):
    return x * 3 % 7

data = [1, 2, 3, 4, 5, 6]
res = [y for x in data if (y := f(x)) > 2]
print(res, y)

res2 = [(x, last) for x in data if (last := x) % 2]
print(res2, last)

def inner():
    vals = [z for q in range(5) if (z := q * q) > 3]
    return vals, z

print(inner())

# walrus in the element expression
totals = [(acc := acc + v) for v in data] if (acc := 0) == 0 else None
print(totals, acc)

# nested comprehension with walrus
grid = [[(w := i * j) for j in range(3)] for i in range(3)]
print(grid, w)

# comprehension that never binds leaves the previous value
w = "unchanged"
empty = [w for i in [] if (w := i)]
print(empty, w)

# dict comprehension with walrus in condition
dd = {k: m for k in "abcde" if (m := ord(k)) % 2}
print(dd, m)

# walrus in any() with list comprehension short-circuits after the list is built
found = any([(hit := v) > 3 for v in data])
print(found, hit)

def g():
    global gw
    r = [1 for i in range(3) if (gw := i)]
    return r

print(g(), gw)
