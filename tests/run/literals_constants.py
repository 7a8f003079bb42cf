# Truthiness and identity of constants.
values = [0, 1, -1, 0.0, -0.0, 0.5, "", "a", (), (0,), [], [0], {}, {0: 0},
          None, True, False, 0j, b"", b"\x00"]
for v in values:
    print(repr(v), bool(v), not v)
print(None is None, True is True, type(True) is bool)
print(True == 1, False == 0, (True is not False) == 1)
for v in [0, 1.5, "", "x"]:
    print(repr(v), "truthy" if v else "falsy")
print(str(None), str(True), repr(False), int(True) + int(False))
