"""Int loops crossing 2**62 / 2**63 mid-loop: mul, shift, +=, neg, //, %, **."""

def mul_cross(x, k, n):
    out = []
    for i in range(n):
        x *= k
        out.append((x, x // 7, x % 7, -x // 3, -x % 3))
    return out

for row in mul_cross(3, -5, 30):
    print(row)

def shift_cross(v):
    res = []
    for s in range(58, 68):
        a = v << s
        b = a >> (s - 1)
        res.append((s, a, b, a & (2**64 - 1), a | 1, a ^ -1))
    return res

for r in shift_cross(-3):
    print(r)
for r in shift_cross(5):
    print(r)

def add_cross():
    t = 2**62 - 10
    seq = []
    while t < 2**63 + 2**62:
        t += 2**61 - 1
        seq.append(t)
    while t > -(2**63) - 2**62:
        t -= 2**61 + 3
        seq.append(t)
    return seq

print(add_cross())

def pow_neg():
    out = []
    for b in range(-9, 10):
        for e in (0, 1, 2, 19, 20, 21, 22, 40):
            out.append(b ** e)
    return out

p = pow_neg()
print(len(p), sum(p), p[:12], p[-8:])

def floordiv_mod_cross(n):
    res = []
    for d in (1, -1, 2, -2, 3, -3, 2**62, -(2**62), 2**63, -(2**63)):
        res.append((n // d, n % d, divmod(n, d)))
    return res

for n in (2**63 - 1, -(2**63), 2**63, -(2**63) - 1, 2**62, -(2**62)):
    print(n, floordiv_mod_cross(n))

def abs_loop():
    v = -(2**63) + 3
    out = []
    for i in range(6):
        out.append((v, abs(v), -v, +v, ~v))
        v -= 1
    return out

print(abs_loop())
