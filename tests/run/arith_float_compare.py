# Comparisons between floats and ints, including huge ints.
big = 2 ** 53
print(float(big) == big, float(big + 1) == big + 1, big + 1 > float(big))
print(1e20 == 10 ** 20, 1e23 == 10 ** 23, 1e23 < 10 ** 23)
print(0.5 < 1, -0.5 < 0, 3 <= 3.0, 3 < 3.0000000001)
print(float("inf") > 10 ** 400, float("-inf") < -(10 ** 400))
print(sorted([3, 1.5, 2, -0.5, 2.0, True]))
print(max([1.5, 2, 2.0]), min([2.0, 2]), 0.1 + 0.2 == 0.3)
nan = float("nan")
print(nan in [nan], nan == nan, [nan] == [nan])
print((0.0 or 5), (2.5 and 0.0), (None or 1.5))
