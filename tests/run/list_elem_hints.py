"""Element hints: items of lists built as [0.0] * n, row.append(x), m.append(row),
of dict values and bytes are predicted ints/floats; a float stored over an item
that nothing else refers to is updated in place. Every guess can be wrong."""
# expect-c: AotObj_SetItemTVFV(
# expect-c: AotFV_FromObjectBorrowed(


def make(n, m):
    rows = []
    for i in range(n):
        row = []
        for j in range(m):
            row.append((i * 7 + j * 3) % 11 / 4.0 - 1.0)
        rows.append(row)
    return rows


def matmul(a, b):
    n, m = len(a), len(b[0])
    c = [[0.0] * m for _ in range(n)]
    for i in range(n):
        ci = c[i]
        ai = a[i]
        for k in range(len(b)):
            aik = ai[k]
            bk = b[k]
            for j in range(m):
                ci[j] += aik * bk[j]
    return c


def shared_items():
    x = 1.5
    a = [x] * 3            # one float object, three references
    for i in range(3):
        a[i] += 1.0 * i
    b = [0.25, 0.5]
    keep = b[0]            # a second reference to b's item
    b[0] += 10.0
    b[1] = b[1] * 4.0
    alias = [b[1]]
    b[1] -= 1.0
    return x, a, b, keep, alias


def wrong_guesses():
    v = [0.0] * 4
    v[1] = "s"
    v[2] = 7
    v[3] = 2**80
    out = []
    for i in range(4):
        v[i] += v[i]
        out.append(v[i])
    w = [0, 1, 2]
    w.append(2.5)
    w[0] += w[3]
    w[1] = w[1] * 1.5
    return out, w


def counts(words):
    d = {}
    for w in words:
        if w in d:
            d[w] += 1
        else:
            d[w] = 1
    total = 0
    for k in d:
        total += d[k] * len(k)
    return d, total


def byte_sum(data):
    s = 0
    for i in range(len(data)):
        s += data[i] * (i + 1)
    for b in data:
        s ^= b
    return s


def specials():
    v = [0.0, -0.0, float("inf"), float("nan")]
    for i in range(len(v)):
        v[i] *= -1.0
    r = [1.0, 2.0]
    r[-1] += 0.5
    try:
        r[5] += 1.0
    except IndexError as e:
        print("IndexError:", e)
    try:
        r[0] += "x"
    except TypeError as e:
        print("TypeError:", e)
    return v, r


def main():
    a = make(5, 4)
    b = make(4, 3)
    print(matmul(a, b))
    print(shared_items())
    print(wrong_guesses())
    print(counts("a bb a ccc bb a".split()))
    print(byte_sum(b"hello, world"))
    print(specials())


main()
