"""What --dump=types shows for element hints: list items built by
[0.0] * n, append and list-of-lists, dict values counted with += 1, bytes.
(The run case tests/run/list_elem_hints.py checks the behaviour.)"""


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


def counts(words):
    d = {}
    for w in words:
        if w in d:
            d[w] += 1
        else:
            d[w] = 1
    return d


def byte_sum(data):
    s = 0
    for i in range(len(data)):
        s += data[i] * (i + 1)
    return s


def squares(n):
    xs = list(range(n))
    return [x * x for x in xs], sorted(range(n, 0, -1))


print(matmul(make(3, 2), make(2, 3)), counts("a b a".split()), byte_sum(b"hi"))
print(squares(4))
