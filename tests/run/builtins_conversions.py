# int(), float(), str(), bool(), list(), tuple(), set(), dict() conversions.
print(int("12"), int(12.9), int(-0.5), int("-0"), int(" 7\n"), int("٣"))
print(float("3"), float(2), float("  -1.25 "), float(True), str(1.0), str(10 ** 20))
print(str(12), str(-0.0), str([1, "2"]), str(None), str(b"x"), str(3 + 0j))
print(list("abc"), list(range(3)), list({"a": 1}), list((1, 2)), tuple([1]), tuple("hi"))
print(sorted(set([3, 3, 1])), dict([("a", 1)]), dict({"b": 2}, c=3), set())
print(int("1" * 25), float("1" * 25), int(float("1e15")))
print(round(2.5), round(-2.5), round(2.675, 2), int(round(1e16)))
for v in ["0x1A", "1e3", "abc", " ", "1 2"]:
    try:
        print(int(v))
    except ValueError as e:
        print("ValueError:", e)
print(int("0x1A", 16), int("1A", 16), int("0b11", 0), float("1e3"))
print(bool("0"), bool(""), bool(0.0), bool([[]]))
