# Sorting with keys and comparisons of tuples.
people = [("ann", 31), ("bob", 25), ("cat", 31), ("dan", 19), ("eve", 25)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[0], reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True))
nums.sort(key=lambda n: n * n)
print(nums)
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(sorted("hello world"), sorted([[3, 1], [1, 2], [3, 0]]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
