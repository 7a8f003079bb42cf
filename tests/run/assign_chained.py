# Chained assignment binds the same object to every target.
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
d = {}
d["k"] = d["j"] = 0
print(d)
lst = [0, 0, 0]
i = lst[i] = 1 if False else 2
print(i, lst)
p, q = r = (1, 2)
print(p, q, r)
m = n = m2 = "s"
print(m + n + m2)
