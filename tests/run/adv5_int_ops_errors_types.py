"""Int-typed //, %, **, <<, >>, pow(a, b, m), round with negative/zero/large
operands: result types and error messages; int() at the 4300-digit limit."""
import sys
def iops(a, b):
    out = []
    try:
        c = a // b
        out.append(c)
    except ZeroDivisionError as e:
        out.append(str(e))
    try:
        c = a % b
        out.append(c)
    except ZeroDivisionError as e:
        out.append(str(e))
    try:
        c = a ** b
        out.append(c)
    except ZeroDivisionError as e:
        out.append(str(e))
    try:
        c = a << b
        out.append(c % 1000)
    except (ValueError, OverflowError, MemoryError) as e:
        out.append(type(e).__name__ + ": " + str(e))
    try:
        c = a >> b
        out.append(c)
    except ValueError as e:
        out.append(str(e))
    try:
        c = pow(a, b, 7)
        out.append(c)
    except ValueError as e:
        out.append(str(e))
    c = round(a, b) if b < 5 else round(a, -b)
    out.append(c)
    out.append(a / (b + 1) if b != -1 else "skip")
    return out

for a, b in ((7, 2), (7, 0), (-7, -1), (0, -1), (2, -2), (3, 64), (-3, 63), (2**62, 1), (5, -70)):
    print(a, b, iops(a, b))

def digits(n):
    s = "7" * n
    try:
        v = int(s)
        w = v + 1
        return len(str(w)) if n < 4000 else "big"
    except ValueError as e:
        return "ValueError: " + str(e)[:40]

print(digits(18), digits(19), digits(100), digits(4300), digits(4301))

def huge_shift(a):
    try:
        return (a << 2**40).bit_length()
    except (OverflowError, MemoryError) as e:
        return type(e).__name__
print(huge_shift(0), huge_shift(1) if False else "skip")
try:
    print(1 << -1)
except ValueError as e:
    print(e)
