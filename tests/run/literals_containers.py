# Container literals: tuples, lists, dicts, sets, nesting.
print((), (1,), (1, 2), 1, (((1))))
print([], [1], [1, [2, [3, []]]], [1, 2, 3,])
print({}, {"a": 1}, {"a": 1, "a": 2}, {1: "x", True: "y"})
print({1}, {1, 1, 1}, set(), {(1, 2), (1, 2)}, {0, False})
t = 1, 2, 3
print(t, type(t).__name__, len(t))
print({"k": [1, {"n": (2, 3)}]}["k"][1]["n"][0])
print([[0] * 3 for _ in range(2)], [None] * 4, (0,) * 3)
print(type({}).__name__, type({1}).__name__, type(()).__name__)
print(repr(("a", 'b', "c'd", 'e"f')))
print([1, 2] == [1, 2], (1, 2) == [1, 2], {1: 2} == {1: 2.0})
