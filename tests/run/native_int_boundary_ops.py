def ops(a, b):
    return [a + b, a - b, a * b, a // b, a % b, -a, abs(a), a ** 2, a << 1, a >> 1, a & b, a | b, a ^ b, ~a]

MIN = -9223372036854775807 - 1
MAX = 9223372036854775807
for a, b in [(MIN, -1), (MAX, 2), (MIN, 3), (3037000500, 3037000500), (-3037000500, 3037000499), (MAX, MAX), (MIN, MIN)]:
    print(ops(a, b))

def loop_mul():
    x = 1
    out = []
    for i in range(1, 80, 7):
        x = x * i - i
        out.append(x % 1000000007)
    return x, out
print(loop_mul())

def shifts():
    res = []
    for s in [0, 1, 62, 63, 64, 65, 100]:
        res.append((1 << s, -1 << s, MAX >> s, MIN >> s, 5 >> s))
    return res
for r in shifts():
    print(r)
def badshift(n):
    try:
        return 1 << n
    except ValueError as e:
        return "ValueError: " + str(e)
print(badshift(-1), badshift(3))
def minneg():
    a = MIN
    for i in range(2):
        a = -a
    b = MIN
    b //= -1
    c = MIN
    c *= -1
    d = MIN
    d %= -1
    return a, b, c, d, MIN - 1, MAX + 1, abs(MIN)
print(minneg())
def powloop():
    r = []
    for i in range(60, 66):
        r.append(2 ** i - 1 + 2 ** i)
    return r
print(powloop())
print(pow(MAX, 2, MIN), pow(3, -1, 7), divmod(MIN, 7), divmod(MAX, -7))
