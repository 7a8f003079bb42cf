# Native float fast paths: division by zero, mod signs, nan/inf, -0.0, int mixing.
def fops(a, b):
    out = []
    for op in range(6):
        try:
            if op == 0:
                out.append(a / b)
            elif op == 1:
                out.append(a // b)
            elif op == 2:
                out.append(a % b)
            elif op == 3:
                out.append(a ** b)
            elif op == 4:
                out.append(divmod(a, b))
            else:
                out.append(-a * b)
        except ZeroDivisionError as e:
            out.append("ZDE:" + str(e))
        except OverflowError as e:
            out.append("OE:" + str(e))
    return out

for a, b in [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (1.0, 0.0), (0.0, -1.0), (-0.0, 1.0),
             (1e308, 10.0), (float("inf"), 2.0), (2.0, 0.5), (-8.0, 1.0 / 3.0), (0.0, 0.0), (-1.0, float("inf"))]:
    print(a, b, fops(a, b))

def accumulate(n):
    s = 0.0
    for i in range(n):
        s += 0.1
        s *= 1.0000001
    return s

print(accumulate(1000))

def minus_zero():
    z = 0.0
    nz = -z
    return nz, repr(nz), nz == 0.0, 1.0 / float("inf") * -1.0, abs(nz), round(nz), repr(nz * 0)

print(minus_zero())

def compare_nan():
    n = float("nan")
    x = 1.0
    res = []
    res.append(n < x)
    res.append(n >= x)
    res.append(not (n == n))
    res.append(n != n)
    res.append(x if n > x else -x)
    res.append(max(x, n))
    c = 0
    while n != n and c < 3:
        c += 1
    res.append(c)
    return res

print(compare_nan())

def int_float_mix(k):
    f = 0.5
    r = []
    r.append(k + f)
    r.append(k * f)
    r.append(k / 2)
    r.append(k // 2.0)
    r.append(k % 2.5)
    r.append(k == k + 0.0)
    r.append(float(k) == k)
    r.append((k + 1) > float(k))
    return r

print(int_float_mix(7))
print(int_float_mix(2 ** 53 + 1))
print(int_float_mix(-(2 ** 62) - 1))
