# bytes and bytearray operations.
b = b"hello world"
print(b[0], b[-1], b[:5], b[::-1], b.upper(), b.count(b"o"), b.find(b"wor"))
print(b.split(), b.replace(b"l", b"L"), b.startswith(b"he"), b + b"!", b * 2)
print(len(b), b"o" in b, 111 in b, bytes(range(5)), list(b[:3]))
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
print(ba, len(ba), bytes(ba), ba.pop(), ba)
del ba[1]
print(ba, ba.decode(), ba.hex())
print(b"%d-%s" % (5, b"x"), b"abc" < b"abd", b"a" == bytearray(b"a"))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
