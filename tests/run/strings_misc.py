# str(), repr(), chr/ord and other string builtins.
print(str(123), str(-4.5), str([1, "a"]), str((1,)), str({"k": 1}))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\n\t\\"))
print(chr(65), chr(0x263A).encode("utf-8"), ord("A"), ord("€"))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
print(str(b"bytes"), str(b"\xff", "latin-1").encode("utf-8"), str(1e100), str(True))
print(len(""), len("abc"), len("日本語"), "日本語"[1].encode("utf-8"))
print("abc".translate(str.maketrans("ab", "xy")), "hello".translate({ord("l"): None}))
print("a-b_c d".replace("-", " ").replace("_", " ").split())
print(" ".join(reversed("one two three".split())))
print("%s" % [1, 2], "%s and %s" % ("x", "y"), "%.3s" % "abcdef")
