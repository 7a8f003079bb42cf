# s[i] on an exact str with a predicted-int index and == / != between
# exact strs take fast paths; every kind of string, negative indexes,
# out-of-range indexes and non-str operands behave as in CPython.
# expect: count_eq(obj, obj) -> int
# expect-c: AotObj_GetItemTV(


def count_eq(a, b):
    n = 0
    for i in range(min(len(a), len(b))):
        if a[i] == b[i]:
            n += 1
        if a[-i - 1] != b[-i - 1]:
            n += 100
    return n


def chars(s):
    out = []
    for i in range(-len(s), len(s)):
        out.append(s[i])
    return out


print(count_eq("hello", "help!"), count_eq("abc", "abc"), count_eq("", "x"))
print(count_eq("h\u00e9llo", "h\u00e9llo"), count_eq("\u20ac1", "\u20ac2"))
print(count_eq("\U0001f600a", "\U0001f600b"), count_eq("ab", "\U0001f600b"))
print(count_eq(["a", "b"], ["a", "c"]), count_eq([1, 2], [1.0, 3]))
print(chars("ab\u00ff\u0100\U0010ffff"))
w = "".join(["wor", "d"])
print(w == "word", w != "word", "word" == w)
print(["x" * 3 == "xxx", "a\u20ac" == "a\u20ac"[:1] + "\u20ac", "\xe9" == "\u00e9"])
for s, i in [("abc", 3), ("abc", -4), ("", 0), ("abc", 2**62), ("abc", -2**62)]:
    try:
        print(s[i])
    except IndexError as e:
        print("IndexError", e)
try:
    x = 1.0
    print("abc"[x])
except TypeError as e:
    print("TypeError", e)
a1 = "a"
print(ord(chars("\U0001f600")[0]), chars("a")[0] == a1)
