# map and filter with lambdas and builtins, consumed in different ways.
nums = [1, 2, 3, 4, 5, 6]
print(list(map(lambda n: n * n, nums)))
print(list(filter(lambda n: n % 2 == 0, nums)))
print(sum(map(lambda n: n * 2, nums)), max(map(abs, [-7, 3])))
print(list(map(int, "1 2 3".split())), list(map(str.strip, [" a ", "b "])))
print(sorted(map(lambda w: w[::-1], ["abc", "xyz"])))
print(tuple(filter(str.isdigit, "a1b2c3")), "".join(filter(str.isalpha, "a1b2c3")))
m = map(lambda v: v + 1, [10, 20])
print(next(m), list(m), list(m))
print(list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])))
print(dict(map(lambda kv: (kv[1], kv[0]), {"a": 1}.items())))
