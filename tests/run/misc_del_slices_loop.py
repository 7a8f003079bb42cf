lst = list(range(20))
while len(lst) > 3:
    del lst[1:3]
    print(lst)
lst = list(range(12))
for i in range(3):
    del lst[::3]
    print(lst)
lst = list(range(10))
del lst[-3:], lst[0]
print(lst)
del lst[100:200]
del lst[5:2]
print(lst)
d = {i: i * i for i in range(10)}
for k in list(d):
    if k % 3 == 0:
        del d[k]
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError", e)
print(len(d))
nested = {"a": {"b": [1, 2, 3, 4]}}
del nested["a"]["b"][1:3]
print(nested)
del nested["a"]["b"]
print(nested)
try:
    del nested["zz"]
except KeyError as e:
    print("KeyError", e)
b = bytearray(b"abcdefgh")
for _ in range(2):
    del b[::2]
print(b)
L = [0] * 6
try:
    del L[::2], L[10]
except IndexError as e:
    print("IndexError", e, L)
