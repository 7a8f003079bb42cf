a = [5, 3, 8, 1, 9, 2]
for i in range(len(a)):
    for j in range(len(a) - 1 - i):
        if a[j] > a[j + 1]:
            a[j], a[j + 1] = a[j + 1], a[j]
print(a)
b = list(range(8))
i, j = 0, len(b) - 1
while i < j:
    b[i], b[j] = b[j], b[i]
    i, j = i + 1, j - 1
print(b)
c = [0, 1, 2]
i = 0
i, c[i] = 2, 99
print(i, c)
c = [0, 1, 2]
c[0], c[c[0]] = 2, 7
print(c)
d = {"x": 1, "y": 2}
d["x"], d["y"] = d["y"], d["x"]
print(d)
m = [[1, 2], [3, 4]]
m[0][1], m[1][0] = m[1][0], m[0][1]
print(m)
p = [1, 2, 3]
p[0], p[1], p[2] = p[2], p[0], p[1]
print(p)
q = [1.5, 2.5]
q[0], q[1] = q[1] * 2, q[0] + 1
print(q)
x, y = 1, 2
x, y = y, x
x, y, z = y, x, x + y
print(x, y, z)
r = [[0] * 2]
r[0][0], r[0][1], r = 5, 6, [r[0]]
print(r)
