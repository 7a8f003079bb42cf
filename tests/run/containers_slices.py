# Slices with negative/huge steps, slice assignment changing length.
a = list(range(10))
print(a[::-1], a[::-3], a[8:2:-2], a[-1:-11:-4], a[100:], a[-100:3], a[::10 ** 20], a[::-(10 ** 20)])
print(a[5:1], a[-3:], a[:-3], a[1:9:-1], a[10 ** 30:-10 ** 30:-1][:3])
s = "hello world"
print(s[::-1], s[::2], s[-2::-3], s[3:3], s[20:], s[-100:2])
t = tuple(range(6))
print(t[::-2], t[1:100:2], t[slice(None, None, -1)], t[slice(2, None)])
try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)
b = list(range(6))
b[1:3] = ["x", "y", "z", "w"]
print(b)
b[::2] = "ABCD"
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
b[2:] = []
print(b)
b[len(b):] = range(3)
print(b)
b[:0] = (9, 9)
print(b)
b[-2:-100] = ["ins"]
print(b)
del b[::3]
print(b)
del b[100:]
print(b)
c = [0, 1, 2, 3, 4, 5]
c[1:5:-1] = []
print(c)
c[5:1:-2] = ["p", "q"]
print(c)
c[:] = c
print(c)
c[1:2] = c
print(c)
try:
    c[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
x = [1, 2, 3]
x[1:1] = "ab"
print(x)
by = bytearray(b"abcdef")
by[1:3] = b"XYZ"
by[::-2] = b"1234"
print(by)
print(slice(1, 10, 3).indices(5), slice(None, None, -1).indices(4), range(10)[::-3], range(10)[2:-2:3])
r = range(-5, 20, 4)
print(list(r[::-1]), r[-1], r[1:3], len(r[::2]), 7 in r, 8 in r, r.index(11))
