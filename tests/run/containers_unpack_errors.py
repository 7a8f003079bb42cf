# Tuple/list unpacking errors and starred unpacking of strings/dicts/ranges.
def attempt(v, n):
    try:
        if n == 2:
            a, b = v
            return (a, b)
        elif n == 3:
            a, b, c = v
            return (a, b, c)
        else:
            a, *b = v
            return (a, b)
    except (ValueError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)

for v in ["ab", "abc", "a", [1, 2, 3, 4], (), {"k": 1, "j": 2}, range(3), 5, None, {7}]:
    print(repr(v), attempt(v, 2), attempt(v, 3), attempt(v, 1))

first, *mid, last = "abcdef"
print(first, mid, last)
*init, tail = range(4)
print(init, tail)
h, *rest = {"x": 1, "y": 2, "z": 3}
print(h, rest)
a, (b, *c), d = 1, "xyz", 2
print(a, b, c, d)
[p, q], [r, *s] = "pq", range(5, 8)
print(p, q, r, s)
k, *v = {"one": 1}.items()
print(k, v)
x, *y, z = 1, 2
print(x, y, z)
try:
    x, *y, z = [1]
except ValueError as e:
    print("ValueError:", e)
for i, (j, *ks) in enumerate(["ab", "c", "def"]):
    print(i, j, ks)
print([*"hi", *range(2), *{"a": 0}, *{3: 4}.values(), *(), *[[]]])
print({*"aab", *range(1)} == {"a", "b", 0})
print((*"xy",), [*{}.keys()])
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
def many():
    return 1, 2
try:
    (a, b, c) = many()
except ValueError as e:
    print("ValueError:", e)
