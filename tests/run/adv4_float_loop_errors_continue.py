"""Float loops raising ZeroDivisionError/OverflowError mid-way, caught, and continuing."""
def harmonic(n, shift):
    s = 0.0
    errs = []
    for i in range(n):
        try:
            s += 1.0 / (i - shift)
            s = s % 7.5 if i % 2 else s // 0.75
        except ZeroDivisionError as e:
            errs.append((i, str(e)))
            s = -s
    return s, errs

print(harmonic(10, 3), harmonic(6, 0), harmonic(4, -1))

def expo(x):
    out = []
    for k in range(6):
        try:
            x = x ** 8.0
            out.append(x)
        except OverflowError as e:
            out.append(str(e))
            x = x / 1e300 if x > 1 else 2.0
    return out
print(expo(10.0))
print(expo(-3.0))

def mod_zero_chain(vals):
    res = []
    acc = 1.0
    for v in vals:
        try:
            acc = (acc % v) + (acc // v)
        except ZeroDivisionError as e:
            res.append(str(e))
            continue
        res.append(acc)
    return res
print(mod_zero_chain([2.0, 0.0, -0.0, 0.5, 0, -3.0, 1e-300]))
