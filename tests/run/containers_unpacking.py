# * and ** unpacking in displays.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, 5), [*"hi", *range(3)], {*a, *b} == {1, 2, 3, 4})
print([*a], (*b,), [*[], *[]], [0, *a, 0, *b, 0])
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"w": 0, **d1, "x": 100}, {**{}})
print(dict(**d1, z=3), sorted({*d1, *d2}))
first, *middle, last = [*a, *b]
print(first, middle, last)
try:
    print({**[1, 2]})
except TypeError as e:
    print("TypeError:", e)
try:
    print([*5])
except TypeError as e:
    print("TypeError:", e)
