# len/min/max/sum/sorted/reversed/enumerate/zip over containers.
data = [4, 8, 15, 16, 23, 42]
print(len(data), min(data), max(data), sum(data), sum(data, 100))
print(sorted(data, reverse=True), list(reversed(data)), data[::-1] == list(reversed(data)))
print(list(enumerate("abc", 1)), list(zip(data, "abc")), list(zip()))
print(dict(enumerate(["x", "y"])), list(zip(*[(1, "a"), (2, "b")])))
print(any([x > 40 for x in data]), all([x > 3 for x in data]))
print(min("hello"), max([[1, 2], [1, 3]]), min([], default="empty"), max(3, 7, 5))
print(list(map(str, data)), list(filter(None, [0, 1, "", "a", None])))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
