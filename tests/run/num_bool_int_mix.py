# Mixing bools with ints and floats.
print(True + True, True * 3.5, True - 2, -True, ~True, +False)
print(True / 2, True // 2, True % 2, True ** 10, 2 ** True, 2.0 ** False)
print(True & 3, True | 2, True ^ True, False ^ True, True & True, True | False)
print(type(True & True).__name__, type(True + False).__name__, type(True ^ 1).__name__)
print(True << 3, True >> 1, 10 >> True)
print(sum([True, True, False, True]), max(True, 0), min(False, -1))
print(True == 1, True == 1.0, False == 0.0, True == 1 == 1.0)
print({True: "a", 1: "b", 1.0: "c"})
print([1, 2, 3][True], "abc"[False], "xyz"[-True])
print(divmod(True, 2), divmod(7, True), round(True), abs(True), int(True), float(False))
print(str(True), repr(False), f"{True:d}", f"{True:>5}", f"{False!r}", "%d %s" % (True, True))
print(format(True, "x"), format(True, ".2f"), bool(0.0), bool(-0.0), bool(float("nan")))
count = 0
for flag in [True, False, True]:
    count += flag
print(count, type(count).__name__)
t = True
t += 1
print(t, type(t).__name__)
f = False
f *= 5
print(f, type(f).__name__)
print(hash(True) == hash(1), True in {1}, 1.0 in {True}, 0 in [False])
print(isinstance(True, int), issubclass(bool, int), bool.__mro__[1].__name__)
print(sorted([True, 0, -1, False, 2, 1.5]))
print(True + 2 ** 64, (2 ** 64) * True, (2 ** 64) // True, -(2 ** 64) % True)
