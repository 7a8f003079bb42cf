# str methods at edge cases.
s = "  Hello, World  "
print(s.split(), s.split(" "), s.split(",", 1), s.rsplit(None, 1), "a,b,,c".split(","), "".split(), "".split(","))
print("a b  c".split(None, 1), "a\tb\nc\x0bd\x1ce".split(), "1<>2<>3".rsplit("<>", 1), "abc".split("abc"))
try:
    "x".split("")
except ValueError as e:
    print("ValueError:", e)
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
print("-42".zfill(6), "+7".zfill(4), "abc".zfill(2), "".zfill(3), "--5".zfill(5))
print("ab".center(7, "*"), "ab".center(6, "*"), "abc".center(6), "x".ljust(3, "-"), "x".rjust(3, "0"))
print("hello world's TEST-case".title(), "ßtraße".upper(), "ǅ".lower(), "ß".casefold(), "İ".lower().encode())
print("a\tbc\td".expandtabs(), "a\tbc\td".expandtabs(3), "\t".expandtabs(0) == "")
print("Hello".swapcase(), "hello world".capitalize(), "HELLO".capitalize(), "123abc".isalnum(), "".isdigit())
print("²".isdigit(), "²".isdecimal(), "½".isnumeric(), "  ".isspace(), "Ab Cd".istitle(), "_a1".isidentifier())
print("aaa".replace("a", "b", 2), "aaa".replace("", "-"), "abc".replace("", "", 0), "aaaa".count("aa"), "abc".count(""))
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".find("", 10), "hello".rfind("", 2, 4))
try:
    "hello".index("z")
except ValueError as e:
    print("ValueError:", e)
print("abcabc".strip("ac"), "xxhixx".lstrip("x"), "  a  ".rstrip(), "www.example.com".strip("cmowz."))
print("prefix_body".removeprefix("prefix_"), "body_suffix".removesuffix("_suffix"), "x".removeprefix(""))
print("abc".startswith(("x", "a")), "abc".endswith("bc", 0, 2), "abc".startswith("", 3), "abc".startswith("", 4))
tbl = str.maketrans("abc", "xyz", "d")
print("abcd-abcd".translate(tbl), "hello".translate({ord("l"): None, ord("h"): "J"}))
print("{a}-{b!r}-{0}".format("pos", a=1, b="s"), "{:>{w}}|".format("r", w=4), "{0[1]}{1[k]}".format([5, 6], {"k": 7}))
print("{x}".format_map({"x": 42}), "%(a)s/%(b)d" % {"a": "A", "b": 2}, "%c%c" % (65, "B"), "%5.2s|" % "abc")
print(",".join(["a", "b"]), "".join([]), "-".join("xyz"), "ab" * 0, "ab" * -1, 3 * "ab")
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
print("line1\nline2\r\nline3\rline4".splitlines(), "a\n\nb\n".splitlines(True), "".splitlines())
print("abc" < "abd", "ab" < "abc", "Z" < "a", "é" > "z", min("hello"), max("hello"), sorted("cBa"))
print(repr("quote'\""), repr("it's"), repr('say "hi"'), ascii("naïve ☃"), repr("\x00\x7f\x80\u200b"))
print(str(b"x"), str(b"caf\xc3\xa9", "utf-8"), str(b"\xff", "utf-8", "replace"), "é".encode("ascii", "xmlcharrefreplace"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
