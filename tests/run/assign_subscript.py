# Assignment to subscripts and slices.
lst = list(range(10))
lst[0] = "a"
lst[-1] = "z"
print(lst)
lst[2:5] = ["X"]
print(lst)
lst[1:1] = [10, 11]
print(lst)
lst[::2] = [0] * len(lst[::2])
print(lst)
lst[:] = []
print(lst)
d = {}
d[1] = "one"
d[(1, 2)] = "tuple"
d["a"] = d.get("a", 0) + 1
print(d)
grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
grid[0][0] = grid[1][2] * 2
print(grid)
try:
    lst2 = [1, 2, 3]
    lst2[::2] = [9]
except ValueError as e:
    print("ValueError:", e)
try:
    t = (1, 2)
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
