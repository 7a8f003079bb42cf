# Indexing and slicing strings.
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-4])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-3], s[8:2:-2], s[-1:-5:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100])
print(s[1:9:3], s[slice(2, 8, 2)], s[slice(None, None, -4)])
for i in [10, -11]:
    try:
        print(s[i])
    except IndexError as e:
        print("IndexError:", e)
try:
    print(s[::0])
except ValueError as e:
    print("ValueError:", e)
try:
    print(s["x"])
except TypeError as e:
    print("TypeError:", e)
u = "añ€😀z"
print(len(u), u[1], u[3].encode("utf-8"), u[::-1].encode("utf-8"), u[1:4].encode("utf-8"))
