# bytes / bytearray formatting and methods.
print(b"%s|%d|%x|%c|%c|%r|%a|%5b|%%" % (b"raw", 42, 255, 65, b"Z", "é", "é", b"ab"))
print(b"%(k)s" % {b"k": b"v"}, b"%-6s|" % b"ab", b"%.1s" % b"xyz", b"%05.1f" % 2.25, b"%i" % True)
try:
    b"%s" % "str"
except TypeError as e:
    print("TypeError:", e)
try:
    b"%d" % b"1"
except TypeError as e:
    print("TypeError:", e)
print(bytes(3), bytes([65, 66]), bytes("hé", "utf-8"), bytes(range(3)), bytearray(b"ab") + b"cd")
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
print(b"abc"[1], b"abc"[1:], b"abc"[::-1], list(b"hi"), b"a" * 3, b"ab" + bytearray(b"c"))
print(b"hello".hex(), b"hello".hex("-"), b"hello".hex(":", 2), bytes.fromhex("de ad be ef"), b"\x00\xff".hex())
print(b"a,b,,c".split(b","), b" x y ".split(), b"abc".upper(), b"Hello".swapcase(), b"ab".center(6, b"-"))
print(b"abc".find(b"c"), b"abc".find(99), b"abc".count(b""), b"aXbXc".replace(b"X", b"--"), b"x".join([b"1", b"2"]))
print(b"abc" == bytearray(b"abc"), b"abc" < b"abd", b"" < b"\x00", b"a" in b"cab", 97 in b"abc")
print(repr(b"\t\n\r\x7f'\"\\"), repr(bytearray(b"x'y")), str(b"x"), b"\xe2\x98\x83".decode())
ba = bytearray(b"hello")
ba[0] = 74
ba.append(33)
ba.extend(b"??")
ba += b"!"
del ba[1]
print(ba, ba.pop(), ba.decode(), len(ba), ba.find(b"l"), bytes(ba))
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError:", e)
print(f"{b'x'!r} {bytearray(b'y')} {b'z'}", "%s %r" % (b"s", b"r"), format(b"f", "") if False else "skip")
print(int.from_bytes(b"\x01\x00", "big"), (1024).to_bytes(4, "little"), b"%08.3e" % 12345.678)
mv = memoryview(b"abcdef")
print(mv[1], bytes(mv[1:3]), mv.tobytes(), len(mv[::2]), mv[::2].tobytes())
