# Native (unboxed) int fast paths at overflow edges inside functions.
def edges(n):
    mn = -n - 1          # -2**63 when n == 2**63-1
    out = []
    out.append(-mn)
    out.append(abs(mn))
    out.append(mn // -1)
    out.append(mn % -1)
    out.append(mn * -1)
    out.append(n + 1)
    out.append(n * n)
    out.append(mn - 1)
    out.append(n << 1)
    out.append(1 << 63)
    out.append(1 << 64)
    out.append(n >> 64)
    out.append(mn >> 64)
    out.append(mn >> 63)
    out.append(~mn)
    out.append(mn // 3)
    out.append(mn % 3)
    out.append(-7 // 2 + n // -2)
    out.append(3 ** 40)
    out.append((-3) ** 39)
    out.append(2 ** 62 + 2 ** 62)
    out.append(divmod(mn, 7))
    return out

for v in edges(9223372036854775807):
    print(v)

def loop_accum():
    x = 1
    for i in range(70):
        x = x * 2 + (i & 1)
    y = 0
    for i in range(100):
        y -= 1 << 60
    return x, y

print(loop_accum())

def shifts(k):
    vals = []
    for s in (0, 1, 31, 32, 62, 63, 64, 65, 127, 128):
        vals.append((k << s, k >> s, -k >> s, -k << s))
    return vals

for row in shifts(3):
    print(row)

def fib_mod(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a, a % 1000000007, -a // 1000000007

print(fib_mod(100))

def mixed(n):
    t = 0
    for i in range(n):
        t += i
        if i == 5:
            t = t / 2
    return t, type(t).__name__

print(mixed(10))

def neg_mod_loop():
    r = []
    for a in range(-4, 5):
        for b in (-3, 3):
            r.append((a // b, a % b))
    return r
print(neg_mod_loop())

def zero_div(a, b):
    try:
        return a // b
    except ZeroDivisionError as e:
        return str(e)
print(zero_div(5, 0), zero_div(-5, 0))
def zero_mod(a, b):
    try:
        return a % b
    except ZeroDivisionError as e:
        return str(e)
print(zero_mod(5, 0))
def neg_shift(a, b):
    try:
        return a << b
    except ValueError as e:
        return str(e)
print(neg_shift(1, -1), neg_shift(0, 100), neg_shift(-1, 70))
