# del on subscripts and slices.
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
try:
    del lst[100]
except IndexError as e:
    print("IndexError:", e)
nested = {"x": [1, 2, {"y": 3}]}
del nested["x"][2]["y"]
del nested["x"][0]
print(nested)
t = [1, 2]
del t[:]
print(t)
