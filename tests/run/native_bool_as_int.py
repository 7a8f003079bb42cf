# bools flowing through arithmetic that could be specialized as int (identity ops must give int).
def ops(x):
    return [x + 0, x - 0, x * 1, x // 1, x % 2, x | 0, x & 1, x ^ 0, x << 0, x >> 0, +x, -x, ~x, abs(x),
            int(x), x ** 1, pow(x, 1), max(x, 0), min(x, 1), round(x), x * 1.0, x / 1, divmod(x, 1)]

for v in (True, False, 1, 0):
    r = ops(v)
    print(r, [type(e).__name__ for e in r])

def loop_bool(flags):
    n = 0
    for f in flags:
        n = n + f
    m = flags[0]
    m += 0
    k = flags[0]
    k *= 1
    return n, m, k, type(m).__name__, type(k).__name__

print(loop_bool([True, True, False]))

def bool_index(lst, b):
    lst[b] += 10
    return lst, lst[b:], lst[-b]

print(bool_index([1, 2, 3], True))

def cmp_bool(a):
    return a == 1, a is True, a < 2, str(a), repr(a + a), f"{a}", f"{a + 0}", "%s" % (a * 1)

print(cmp_bool(True))

def float_ident(x):
    return [x + 0.0, x * 1.0, x - 0.0, -x, abs(x), x // 1.0, x % 1.0, float(x)]

print(float_ident(-0.0), float_ident(0.0), float_ident(2.5))
print([repr(v) for v in float_ident(-0.0)])
print(repr(-0.0 + 0), repr(-0.0 - 0), repr(0 - -0.0), repr(-0.0 + -0.0), repr(-0.0 * 0), repr(sum([-0.0])), repr(sum([-0.0], -0.0)))
