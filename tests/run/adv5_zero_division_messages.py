"""ZeroDivisionError/OverflowError messages for /, //, %, divmod, ** with float-
and int-typed operands (float vs integer wording), 0.0 ** negative."""
import math
def ops(a, b):
    out = []
    for name, fn in (("/", lambda a, b: a / b), ("//", lambda a, b: a // b), ("%", lambda a, b: a % b),
                     ("divmod", lambda a, b: divmod(a, b)), ("**", lambda a, b: a ** b)):
        try:
            out.append((name, fn(a, b)))
        except (ZeroDivisionError, OverflowError, ValueError) as e:
            out.append((name, type(e).__name__, str(e)))
    return out

def direct(a, b):
    x = a * 1.0
    y = b + 0
    res = []
    try:
        res.append(x / y)
    except ZeroDivisionError as e:
        res.append(str(e))
    try:
        res.append(x // y)
    except ZeroDivisionError as e:
        res.append(str(e))
    try:
        res.append(x % y)
    except ZeroDivisionError as e:
        res.append(str(e))
    try:
        res.append(y / x)
    except ZeroDivisionError as e:
        res.append(str(e))
    try:
        res.append(a / y)
    except ZeroDivisionError as e:
        res.append(str(e))
    try:
        res.append(math.fmod(x, y))
    except ValueError as e:
        res.append(str(e))
    try:
        res.append(0.0 ** -1)
    except ZeroDivisionError as e:
        res.append(str(e))
    try:
        res.append(x ** -1)
    except ZeroDivisionError as e:
        res.append(str(e))
    try:
        res.append(y ** -1)
    except ZeroDivisionError as e:
        res.append(str(e))
    return res

for a, b in ((1.0, 0), (1, 0.0), (0, 0), (1.5, -0.0), (True, False), (2**70, 0), (-1.0, 0.5)):
    print(ops(a, b))
for a, b in ((0, 0), (1, 0), (0.0, 0), (-0.0, 0), (2, 0), (2**70, 0)):
    print(direct(a, b))
def ipow(a, b):
    c = a ** b
    return c, type(c).__name__
for a, b in ((2, -1), (0, -1), (-8, 1 / 3), (10, -2), (0, 0), (-1.5, 0.5), (1e200, 2), (10.0, 400)):
    try:
        print(ipow(a, b))
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
