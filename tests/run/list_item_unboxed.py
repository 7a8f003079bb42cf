"""An item of a list of predicted ints or floats used as a number
(dp[i - 1][j] + 1, a[i][k] * b[k][j]) is unboxed straight from the list's
slot. Everything else still behaves as a subscript: negative and
out-of-range indexes, list subclasses with their own __getitem__, tuples,
dicts, items that are not numbers, big ints and floats that must stay
boxed (NaN payloads), and the error message of a bad index."""
# expect-c: AotObj_GetItemTV_TV(
# expect-c: AotObj_GetItemTV_FV(


def lcs(a, b):
    m = len(a)
    n = len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            if a[i - 1] == b[j - 1]:
                dp[i][j] = dp[i - 1][j - 1] + 1
            else:
                dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])
    return dp[m][n]


def matmul(a, b):
    n = len(a)
    p = len(b[0])
    c = []
    for i in range(n):
        row = []
        for j in range(p):
            s = 0.0
            for k in range(len(b)):
                s += a[i][k] * b[k][j]
            row.append(s)
        c.append(row)
    return c


def total(xs, idx):
    t = 0
    for i in idx:
        t += xs[i] * 2
    return t


def fsum(xs):
    t = 0.0
    for i in range(len(xs)):
        t += xs[i]
    return t


def ftotal(xs, idx):
    t = 0.0
    for i in idx:
        t += xs[i] * 0.5
    return t


def doubling_getitem(self, i):
    print("Doubling.__getitem__", i)
    return list.__getitem__(self, i) * 2


Doubling = type("Doubling", (list,), {"__getitem__": doubling_getitem})


def main():
    a = [(i * 7) % 13 for i in range(60)]
    b = [(i * 5) % 11 for i in range(50)]
    print(lcs(a, b), lcs("abcbdab", "bdcaba"))
    m = [[(i + j) % 5 / 4.0 for j in range(6)] for i in range(6)]
    print(matmul(m, m)[2])
    print(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
    xs = [1, 2, 3, 2**70, -5, True]
    print(total(xs, [0, 1, -1, -2, 3, 5]))
    print(total(Doubling([1, 2, 3]), [0, -1]))
    print(total((4, 5, 6), [2, 1]))
    print(total({0: 10, "k": 3, 1: 2.5}, [0, 1]))
    for obj in ["ab", 1], [[1], 2], [(2,), 3]:
        try:
            print(total(obj, [0, 0]))
        except TypeError as e:
            print("TypeError", e)
    fs = [0.5, 1.5, float("inf"), -0.0, 3]
    print(ftotal(fs, [0, 1, 4]), ftotal(fs, [2, 3]))
    print(ftotal([1.0, float("nan")], [0, 1]))
    print(fsum([i / 4 for i in range(9)]), fsum([1.5, 2, 2**60, True]))
    for bad in ([1, 2, 3], [7]), ([1], [-2]), ((1,), [1]), ([1], ["0"]):
        try:
            print(total(*bad))
        except (IndexError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        print(ftotal([1.0], [1.5]))
    except TypeError as e:
        print("TypeError", e)


main()
