"""A predicted float compared with a predicted int (x < 0, y == n, i <= t)
compares doubles while the int is below 2**53 in magnitude, as
float_richcompare does; nan, infinities, -0.0, ints past 2**53 (where a
double would round) and values that are neither keep CPython's results."""
# expect-c: AotFV_CompareBoolFT(
# expect-c: AotFV_CompareBoolTF(


def table(xs, ns):
    rows = []
    for x in xs:
        y = x * 1.0
        row = []
        for n in ns:
            k = n + 0
            row.append((y < k, y <= k, y == k, y != k, y > k, y >= k,
                        k < y, k == y, k >= y))
        rows.append(row)
    return rows


def signs(vals):
    neg = zero = pos = other = 0
    for v in vals:
        x = v + 0.0
        if x < 0:
            neg += 1
        elif x == 0:
            zero += 1
        elif x > 0:
            pos += 1
        else:
            other += 1
    return neg, zero, pos, other


def count_below(limit, n):
    c = 0
    t = limit * 1.0
    for i in range(n):
        if i <= t:
            c += 1
        if t != i:
            c += 10
    return c


nan = float("nan")
inf = float("inf")
xs = [0.0, -0.0, 1.0, -2.5, 2.0**53, 2.0**53 + 2, 9007199254740993.0,
      2.0**62, nan, inf, -inf, 4.6e18]
ns = [0, 1, -3, 2**53, 2**53 + 1, 2**62 - 1, -(2**62), 2**62, 2**64 + 1]
for row in table(xs, ns):
    print(row)
print(signs([1, -1, 0, 0.0, -0.0, nan, inf, -inf, 2**70, -2**70]))
print(count_below(5.5, 10), count_below(-1, 3), count_below(nan, 4))
# Values that are neither: compared by their own rules.
print(signs([True, False]))
try:
    signs(["x"])
except TypeError as e:
    print("TypeError:", e)
