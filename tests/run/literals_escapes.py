# Escape sequences and line continuation.
x = 1 + \
    2
print(x)
lines = ("a\n"
         "b\n"
         "c")
print(lines.split("\n"))
print(len("\\"), len("\n"), len(r"\n"), len("\x00"), len("\u1234"), len(b"\xff"))
print(ord("\t"), ord("\r"), ord("\0"), ord("\177"), ord("\x7f"), ord("\u20ac"))
print("a\
b")
print([c for c in "x\ty"], list(b"\n\r"))
print("\N{GREEK SMALL LETTER ALPHA}\N{LATIN SMALL LETTER SHARP S}".encode("utf-8"))
total = sum([1,
             2,
             3])
print(total)
