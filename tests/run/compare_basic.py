# Comparison operators across types.
print(1 < 2, 2 <= 2, 3 > 4, 4 >= 5, 5 == 5, 5 != 5)
print("a" < "b", [1, 2] < [1, 3], (1, 2) < (1, 2, 0), [1] == [1.0])
print((1, "a") < (1, "b"), [[1], [2]] > [[1], [1, 5]], () < (0,))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} == {1.0})
print({"a": 1} == {"a": 1}, {"a": 1} != {"a": 2}, None == None, None != 0)
for a, b in [(1, "1"), ([], ()), (None, 0)]:
    print(repr(a), repr(b), a == b, a != b)
for a, b in [(1, "a"), ([1], (1,)), (None, 0), ({1}, [1])]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
try:
    print({"a": 1} < {"a": 2})
except TypeError as e:
    print("TypeError:", e)
