# List slicing with steps, negative indices and copies.
a = list(range(10))
print(a[2:7], a[-3:], a[:-7], a[::3], a[::-1], a[7:2:-2], a[-1:-4:-1])
print(a[100:], a[-100:2], a[5:5], a[::-100])
b = a[:]
b[0] = "changed"
print(a[0], b[0])
print(a[1:8:2][::-1], a[::2][1::2])
c = [[1, 2], [3, 4]]
d = c[:]
d[0].append(99)
print(c, d, c[0] is d[0])
try:
    a[10]
except IndexError as e:
    print("IndexError:", e)
try:
    a[-11] = 0
except IndexError as e:
    print("IndexError:", e)
print(a[-10], a[len(a) - 1])
