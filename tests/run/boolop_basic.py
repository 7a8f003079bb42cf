# and / or / not return operands and short-circuit.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "x", [] or {} or 0)
print(None and 1, None or "d", not 0, not [], not [0], not "")
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or None, 0 or 1 or 2)
print(True and False or True, not True or True, not (True or True))
x = 5
print(x > 0 and x < 10, x < 0 or x > 3, not x == 5, x and x * 2)
vals = [0, 1, "", "s", None, [], [0]]
for a in vals:
    print(repr(a), repr(a and "T"), repr(a or "F"))
