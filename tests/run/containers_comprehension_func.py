# Comprehensions inside functions using parameters and locals.
def scale(values, factor):
    offset = 1
    return [v * factor + offset for v in values]


def index_by(words, n):
    return {w[:n]: w for w in words if len(w) >= n}


def pairs_summing_to(nums, target):
    return [(a, b) for i, a in enumerate(nums) for b in nums[i + 1:] if a + b == target]


print(scale([1, 2, 3], 10))
print(index_by(["apple", "avocado", "banana", "kiwi", "fig"], 3))
print(pairs_summing_to([1, 2, 3, 4, 5, 6], 7))
print(sorted({v % 3 for v in scale(range(10), 2)}))
