x = 1 + 2 * 3 - -4 ** 2
y = (x if x > 0 else -x) and not x or x // 3
s = f"{x!r:>10} and {y}"
t = [1, *[2, 3]], {"a": 1, **{}}, {4, 5}, (6,)
z = t[0][1:2:-1], x < y <= 3 != 4
w = lambda a, b=2, *c, d, e=5, **f: a
