# Recursion over nested lists and dicts.
def depth(x):
    if isinstance(x, list):
        if not x:
            return 1
        return 1 + max([depth(e) for e in x])
    return 0


def total(x):
    if isinstance(x, dict):
        return sum([total(v) for v in x.values()])
    if isinstance(x, list):
        return sum([total(v) for v in x])
    return x


def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            out.append([items[i]] + p)
    return out


print(depth([]), depth([1, [2, [3]]]), depth([[[[[]]]]]), depth(5))
print(total({"a": 1, "b": [2, 3, {"c": 4}], "d": {"e": [5, 6]}}))
print(permutations([1, 2, 3]))
print(len(permutations(list("abcde"))))
