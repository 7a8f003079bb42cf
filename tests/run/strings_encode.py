# Encoding and decoding text and bytes.
s = "naïve café €"
b = s.encode("utf-8")
print(b, len(s), len(b))
print(b.decode("utf-8") == s, s.encode("latin-1", "replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "backslashreplace"), s.encode("utf-16-le")[:6])
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff".decode("utf-8", "replace").encode("utf-8"), b"abc".decode())
print(bytes([104, 105]), list(b"hi"), b"hi"[0], b"hi"[1:], b"a,b".split(b","))
print(b"abc".hex(), bytes.fromhex("414243"), b"x" * 3, b"ab" + b"cd")
print(bytearray(b"abc").upper(), b"Hello".lower(), b" pad ".strip())
