print(1 if True else 2, [0]*2 if 1 else 3)
print(1 .real, 1.0.real, 1..is_integer(), 0x10 .bit_length(), (5).__add__(1))
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, -+-~0)
print(not 1 == 2, not not [], 1 < 2 < 3 != 4, 1 in [1] in [[1]])
print(... is Ellipsis, type(...).__name__, [...], {...: 1})
...
e = ...; print(e)
print(0 or "" or [] or "last", 1 and 2 and 0 and 3)
print(1 if 0 else 2 if 0 else 3, (lambda: 1 if 0 else 4)())
print([i for i in range(3) if i if i > 0], [*range(2), *"ab"])
print({**{"a": 1}, "b": 2, **{"a": 3}}, {*[1, 2], *{2, 3}})
print(*[1, 2], *(3,), sep="-", end="!\n")
x = [1, 2, 3, 4, 5, 6]
print(x[::2], x[::-2], x[-2:], x[:-2], x[1:-1:2], x[::], x[slice(None, None, 3)])
t = 1, 2,
print(t, (1,), (), ((),), 1, )
print("%s" % (1,), "%s" % [1], "%%", "%5.1f|%-4d|%x" % (2.25, 7, 255))
print(type(lambda: (yield_ := 1)).__name__ if False else "skip")
a = b = 0
a += b == 0
print(a)
print(r'''raw
triple''', """a"b'c""")
print(0xA, 0o7, 0b1, 1_0, 0.0, -0.0, 1e0, 1E1)
if (n := 10) > 5 and (m := n * 2): print(n, m)
while (n := n - 3) > 0: print("n", n)
print([y := 5, y ** 2], y)
