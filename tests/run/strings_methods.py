# Common str methods.
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" !H")))
t = s.strip()
print(t.upper(), t.lower(), t.swapcase(), t.title(), "hello world".capitalize())
print(t.find("o"), t.rfind("o"), t.find("z"), t.index("W"), t.count("l"))
print(t.replace("l", "L"), t.replace("l", "L", 2), t.startswith("Hell"), t.endswith(("!", "?")))
print(t.split(), t.split(","), "a,b,,c".split(","), "a b  c".split(" "), "1-2-3".split("-", 1))
print("a\nb\r\nc".splitlines(), "x:y:z".rsplit(":", 1), "k=v".partition("="), "abc".rpartition("x"))
print("-".join(["a", "b", "c"]), "".join(["x"] * 3), ", ".join([]))
print("abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6), "42".zfill(5), "-42".zfill(5))
print("abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "  ".isspace(), "Ab".isupper(), "ab".islower())
print("Title Case".istitle(), "x".isidentifier(), "1x".isidentifier(), "٣".isdecimal())
print("hello".removeprefix("he"), "hello".removesuffix("lo"), "aaa".removeprefix("b"))
print("tab\tsep".expandtabs(4), "%s-%d-%.2f" % ("a", 5, 3.14159), "%5s|%-5s|" % ("r", "l"))
print("ß".upper(), "İ".lower().encode("utf-8"), "ǅ".casefold())
try:
    t.index("zz")
except ValueError as e:
    print("ValueError:", e)
