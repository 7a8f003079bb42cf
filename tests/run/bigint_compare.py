# Comparisons and sorting with mixed small and big ints.
vals = [2 ** 64, -(2 ** 64), 0, 2 ** 63 - 1, -(2 ** 63), 2 ** 63, 1, -1, 10 ** 30]
print(sorted(vals))
print(max(vals), min(vals))
print(2 ** 64 == 18446744073709551616, 2 ** 64 > 2 ** 63, -(2 ** 64) < -(2 ** 63))
print(2 ** 100 == 2.0 ** 100, 2 ** 100 + 1 == 2.0 ** 100, 2 ** 100 + 1 > 2.0 ** 100)
print(sum(vals), len([v for v in vals if v > 2 ** 62]))
d = {2 ** 70: "big", 1: "one"}
print(d[2 ** 70], d[1], (2 ** 70) in d, 2 ** 71 in d)
print(hash(2 ** 61 - 1) == hash(0), hash(2 ** 61) == hash(1))
