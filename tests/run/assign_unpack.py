# Tuple and list unpacking targets, nested.
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
h, (i, [j, k]) = 1, (2, [3, 4])
print(h, i, j, k)
for idx, (key, val) in enumerate({"a": 1, "b": 2}.items()):
    print(idx, key, val)
lst = [0, 0, 0]
lst[0], lst[2] = "first", "last"
print(lst)
dd = {}
dd["x"], dd["y"] = divmod(17, 5)
print(dd)
x, = [42]
print(x)
(y) = 7
print(y)
