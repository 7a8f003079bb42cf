# str.format and format().
print("{} {} {}".format(1, "two", 3.0))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f} {:+d} {: d} {:x} {:X} {:o} {:b} {:#x}".format(3.14159, 5, 7, 255, 255, 8, 5, 255))
print("{:,} {:_} {:.2%} {:.3e} {:g} {:g}".format(1234567, 1234567, 0.1234, 12345.678, 0.00001, 1e20))
print("{0[1]} {1[k]}".format([10, 20], {"k": "v"}))
print("{:*^11}".format("mid"), "{:=+8d}".format(42), "{{literal}}".format())
print(format(3.5, ".0f"), format(4.5, ".0f"), format(10, "5"), format("s", "3"))
print("{!r} {!s} {!a}".format("x", "y", "é"))
print("%d %i %s %r %x %o %e %%" % (1, 2, "s", "r", 255, 8, 1.5))
print("%(a)s-%(b)d" % {"a": "A", "b": 2}, "%-6.2f|" % 2.5, "%c%c" % (72, "i"))
try:
    print("{} {}".format(1))
except IndexError as e:
    print("IndexError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
