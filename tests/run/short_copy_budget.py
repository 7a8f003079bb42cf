"""More short copies than the module's budget allows (emit.c,
em_plan_short_copies): the functions whose ops are most often numeric keep
theirs, the rest run their general copy only, and every result is the same
as CPython's (ints crossing 2**62 included)."""
# expect-c: /* the short copy: TV registers hold shorts, FV plain doubles */
# timeout: 300
out = []


def kernel(n):
    s = 0
    for i in range(n):
        s += (i * i) % 7
    return s


def f0(a, b):
    for i in range(3):
        try:
            a = a * 3 + b
            b = b - a // 2
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 0
        if b > 10**30 or b < -10**30:
            b = -0
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f1(a, b):
    for i in range(4):
        try:
            a = a * 4 + b
            b = b - a // 3
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 1
        if b > 10**30 or b < -10**30:
            b = -1
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f2(a, b):
    for i in range(5):
        try:
            a = a * 5 + b
            b = b - a // 4
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 2
        if b > 10**30 or b < -10**30:
            b = -2
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f3(a, b):
    for i in range(6):
        try:
            a = a * 6 + b
            b = b - a // 5
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 3
        if b > 10**30 or b < -10**30:
            b = -3
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f4(a, b):
    for i in range(7):
        try:
            a = a * 7 + b
            b = b - a // 6
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 4
        if b > 10**30 or b < -10**30:
            b = -4
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f5(a, b):
    for i in range(3):
        try:
            a = a * 8 + b
            b = b - a // 7
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 5
        if b > 10**30 or b < -10**30:
            b = -5
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f6(a, b):
    for i in range(4):
        try:
            a = a * 9 + b
            b = b - a // 8
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 6
        if b > 10**30 or b < -10**30:
            b = -6
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f7(a, b):
    for i in range(5):
        try:
            a = a * 10 + b
            b = b - a // 9
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 7
        if b > 10**30 or b < -10**30:
            b = -7
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f8(a, b):
    for i in range(6):
        try:
            a = a * 11 + b
            b = b - a // 10
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 8
        if b > 10**30 or b < -10**30:
            b = -8
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f9(a, b):
    for i in range(7):
        try:
            a = a * 12 + b
            b = b - a // 11
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 9
        if b > 10**30 or b < -10**30:
            b = -9
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f10(a, b):
    for i in range(3):
        try:
            a = a * 13 + b
            b = b - a // 12
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 10
        if b > 10**30 or b < -10**30:
            b = -10
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f11(a, b):
    for i in range(4):
        try:
            a = a * 14 + b
            b = b - a // 13
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 11
        if b > 10**30 or b < -10**30:
            b = -11
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f12(a, b):
    for i in range(5):
        try:
            a = a * 15 + b
            b = b - a // 14
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 12
        if b > 10**30 or b < -10**30:
            b = -12
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f13(a, b):
    for i in range(6):
        try:
            a = a * 16 + b
            b = b - a // 15
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 13
        if b > 10**30 or b < -10**30:
            b = -13
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f14(a, b):
    for i in range(7):
        try:
            a = a * 17 + b
            b = b - a // 16
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 14
        if b > 10**30 or b < -10**30:
            b = -14
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f15(a, b):
    for i in range(3):
        try:
            a = a * 18 + b
            b = b - a // 17
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 15
        if b > 10**30 or b < -10**30:
            b = -15
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f16(a, b):
    for i in range(4):
        try:
            a = a * 19 + b
            b = b - a // 18
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 16
        if b > 10**30 or b < -10**30:
            b = -16
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f17(a, b):
    for i in range(5):
        try:
            a = a * 20 + b
            b = b - a // 19
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 17
        if b > 10**30 or b < -10**30:
            b = -17
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f18(a, b):
    for i in range(6):
        try:
            a = a * 21 + b
            b = b - a // 20
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 18
        if b > 10**30 or b < -10**30:
            b = -18
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f19(a, b):
    for i in range(7):
        try:
            a = a * 22 + b
            b = b - a // 21
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 19
        if b > 10**30 or b < -10**30:
            b = -19
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f20(a, b):
    for i in range(3):
        try:
            a = a * 23 + b
            b = b - a // 22
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 20
        if b > 10**30 or b < -10**30:
            b = -20
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f21(a, b):
    for i in range(4):
        try:
            a = a * 24 + b
            b = b - a // 23
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 21
        if b > 10**30 or b < -10**30:
            b = -21
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f22(a, b):
    for i in range(5):
        try:
            a = a * 25 + b
            b = b - a // 24
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 22
        if b > 10**30 or b < -10**30:
            b = -22
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f23(a, b):
    for i in range(6):
        try:
            a = a * 26 + b
            b = b - a // 25
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 23
        if b > 10**30 or b < -10**30:
            b = -23
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f24(a, b):
    for i in range(7):
        try:
            a = a * 27 + b
            b = b - a // 26
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 24
        if b > 10**30 or b < -10**30:
            b = -24
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f25(a, b):
    for i in range(3):
        try:
            a = a * 28 + b
            b = b - a // 27
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 25
        if b > 10**30 or b < -10**30:
            b = -25
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f26(a, b):
    for i in range(4):
        try:
            a = a * 29 + b
            b = b - a // 28
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 26
        if b > 10**30 or b < -10**30:
            b = -26
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f27(a, b):
    for i in range(5):
        try:
            a = a * 30 + b
            b = b - a // 29
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 27
        if b > 10**30 or b < -10**30:
            b = -27
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f28(a, b):
    for i in range(6):
        try:
            a = a * 31 + b
            b = b - a // 30
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 28
        if b > 10**30 or b < -10**30:
            b = -28
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f29(a, b):
    for i in range(7):
        try:
            a = a * 32 + b
            b = b - a // 31
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 29
        if b > 10**30 or b < -10**30:
            b = -29
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f30(a, b):
    for i in range(3):
        try:
            a = a * 33 + b
            b = b - a // 32
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 30
        if b > 10**30 or b < -10**30:
            b = -30
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f31(a, b):
    for i in range(4):
        try:
            a = a * 34 + b
            b = b - a // 33
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 31
        if b > 10**30 or b < -10**30:
            b = -31
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f32(a, b):
    for i in range(5):
        try:
            a = a * 35 + b
            b = b - a // 34
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 32
        if b > 10**30 or b < -10**30:
            b = -32
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f33(a, b):
    for i in range(6):
        try:
            a = a * 36 + b
            b = b - a // 35
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 33
        if b > 10**30 or b < -10**30:
            b = -33
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f34(a, b):
    for i in range(7):
        try:
            a = a * 37 + b
            b = b - a // 36
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 34
        if b > 10**30 or b < -10**30:
            b = -34
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b

def f35(a, b):
    for i in range(3):
        try:
            a = a * 38 + b
            b = b - a // 37
        except (ZeroDivisionError, OverflowError) as e:
            out.append((i, type(e).__name__))
        if a > 10**30 or a < -10**30:
            a = 35
        if b > 10**30 or b < -10**30:
            b = -35
        out.append((i, a, b, str(a)[:5], [a, b][i % 2]))
        try:
            a = a + int(str(b)[-1])
        except ValueError as e:
            out.append(str(e))
    return a, b


print(kernel(100000))
for k in range(36):
    fn = globals()["f%d" % k]
    print(k, fn(k, 2 ** 61), fn(-k, 3), fn(2 ** 62 - k, -(2 ** 62)))
print(len(out), out[:3], out[-3:])
