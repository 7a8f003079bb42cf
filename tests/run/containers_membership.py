# `in` on dicts/sets/strings/lists with tricky equality.
d = {1: "a", "k": "b", (1, 2): "c", frozenset({1}): "d"}
print(1 in d, 1.0 in d, True in d, "a" in d, (1, 2) in d, [1, 2] in d.values() if False else "skip")
print(frozenset({1}) in d, {1} in [frozenset({1})], "k" in d.keys(), "b" in d.values(), (1, "a") in d.items())
try:
    print([1] in d)
except TypeError as e:
    print("TypeError:", e)
try:
    print({1} in {frozenset()})
except TypeError as e:
    print("TypeError:", e)
s = "hello"
print("" in s, "ll" in s, "lo " in s, "H" in s, "" in "")
try:
    print(1 in "abc")
except TypeError as e:
    print("TypeError:", e)
print(b"el" in b"hello", 101 in b"hello", 300 in b"hello" if False else "skip")
try:
    print("e" in b"hello")
except TypeError as e:
    print("TypeError:", e)
nan = float("nan")
lst = [nan]
print(nan in lst, float("nan") in lst, nan in {nan}, float("nan") in {nan})
print(1 in [1.0], 0 in [False], None in [0, "", []], [] in [[]], () in [[]])
print(3 in range(10), 3.0 in range(10), 3.5 in range(10), True in range(2), 10 ** 30 in range(10 ** 31))
print("a" not in "abc", not "a" in "abc", 5 not in {5: 0})
print(2 in iter([1, 2, 3]), "x" in map(str.lower, "AXB"))
it = iter([1, 2, 3, 4])
print(2 in it, list(it))
print(1 in {1: 1}.keys() & {1}, {1, 2} <= {1, 2, 3}, {1} < {1}, {1, 2} ^ {2, 3})
print(("a", 1) in {"a": 1}.items(), ("a", 2) in {"a": 1}.items())
