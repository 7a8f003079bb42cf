# enumerate, zip, map, filter, reversed, iter/next.
names = ["ann", "bob", "cy"]
ages = [31, 25]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, start=10):
    print(i, n)
print(list(zip(names, ages)), list(zip(names, ages, "xyz")))
try:
    list(zip(names, ages, strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(len, names)), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(lambda s: "b" in s, names)), list(filter(None, [0, 3, "", "x"])))
it = iter(names)
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
r = reversed(range(3))
print(list(r), list(r))
print(list(enumerate(zip("ab", "cd"))))
