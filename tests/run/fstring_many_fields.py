# An f-string with many replacement fields (40: built through a list,
# so its C stays linear in the number of fields) gives the same string,
# and an error in a late field releases the pieces made so far.


def render(x0, x1, x2, x3, x4):
    return f"{x0}-{x1}-{x2}-{x3}-{x4}-{x0}-{x1}-{x2}-{x3}-{x4}-{x0}-{x1}-{x2}-{x3}-{x4}-{x0}-{x1}-{x2}-{x3}-{x4}-{x0}-{x1}-{x2}-{x3}-{x4}-{x0}-{x1}-{x2}-{x3}-{x4}-{x0}-{x1}-{x2}-{x3}-{x4}-{x0}-{x1}-{x2}-{x3}-{x4}-"


print(render(1, "a", 2.5, None, [1]))
try:
    render(1, 2, 3, 4, 1 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
bad = type("Bad", (), {"__format__": lambda self, spec: 1 // 0})
try:
    render(1, 2, 3, 4, bad())
except ZeroDivisionError as e:
    print("ZeroDivisionError in field", e)
