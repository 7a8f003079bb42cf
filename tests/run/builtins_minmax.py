# min/max/sum/sorted with key, default, start.
words = ["pear", "fig", "banana", "kiwi"]
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(min([], default=None), max([], default=0), max([1], default=5))
print(min(3, 2, 1, key=lambda v: -v), max((1, "b"), (1, "a")))
print(sum([1, 2, 3], 10), sum([[1], [2]], []), sum([0.1, 0.2, 0.3]), sum(()))
print(sorted(words, key=len, reverse=True), sorted(words, key=lambda w: w[-1]))
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
try:
    min([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(max(range(10), key=lambda v: v % 4), min("bca"), max({"x": 2, "y": 1}))
