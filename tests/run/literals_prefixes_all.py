x = 7
print(r"a\nb", R"c\td", b"\x41\102C", rb"\x41", Rb"\n", bR"\t", BR"q\\", br'a\'')
print(f"{x}", F"{x!r}", rf"\n{x}", fr"\t{x}", Rf"{x}\x", fR"{x}", RF"{x}a\\")
print(u"unicode\u00e9", U"\N{GREEK SMALL LETTER ALPHA}")
print(repr(r"a\""), repr(r'a\''), len(r"a\\"), len("\\"))
print(repr(b'\0\1\7\10\177\377'), list(b"\a\b\f\n\r\t\v"))
print(repr("\0\1\7\10\177\377\400"), [ord(c) for c in "\a\b\f\n\r\t\v"])
print("\x7e\u20ac\U0001F600".encode("utf-8"))
print("\N{LATIN SMALL LETTER SHARP S}\N{EM DASH}\N{BLACK STAR}" == "\u00df\u2014\u2605")
print("line one \
continued", 'single \
quoted')
print("""triple \
joined
next""")
print(b"bytes \
continued")
print("abc" 'def' f"{x}" r"\n" "end", "a" f"{x}" "b" f"{'q'}")
print(f"{x}" "{x}" f"{{x}}")
print("unknown \q escape".count("\\"))
print(b"%d-%s" % (5, b"z"))
print(rb"\x%02x" % 10)
big = "ab" * 50000 + "c"
print(len(big), big[-3:], big.count("ab"))
bigb = b"\xff" * 70000
print(len(bigb), bigb[:2])
print(len("""
multi
line
"""), repr('''it's "quoted"'''))
print("\u00e9" == "e\u0301", len("e\u0301"))
