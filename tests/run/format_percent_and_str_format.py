d = {"name": "pyaot", "ver": 3.11, "n": 42}
print("%(name)s v%(ver).1f has %(n)05d things" % d)
print("%(n)x %(n)o %(n)r %(name)-8s|" % d)
print("%s %r %a" % ("é", "é", "é"))
print("%5.2f%% done, %-6d|%+i" % (99.456, 7, 3))
print("%c%c %c" % (65, "b", 0x263A))
print("%*d|%-*.*f|" % (6, 42, 9, 2, 3.14159))
print("%s" % ([1, 2],), "%s" % {"a": 1}, "%s %s" % (None, True))
for bad in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%(x)s", {"y": 1}), ("%z", 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
Point = type("Point", (), {})
p = Point()
p.x, p.y = 3, 4
items = [10, 20, [30, 40]]
print("{0.x},{0.y} {1[2][0]} {1[0]:>5} {m[key]}".format(p, items, m={"key": "v"}))
print("{:{}{}}|{!r:>8}|{:%}".format(3.5, ">", 8, "s", 0.25))
print("{a.x:+d} {b[1]!s} {{}} {0}".format("pos", a=p, b="xyz"))
print("{0[1]}-{0[0]}".format({0: "zero", 1: "one"}))
try:
    "{0.missing}".format(p)
except AttributeError as e:
    print("AttributeError", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError", e)
print(str.format_map("{x}-{y}", {"x": 1, "y": 2}))
print("%.3s|%5.1s|" % ("abcdef", "xyz"), b"%s %d" % (b"ab", 5))
