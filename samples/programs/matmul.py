"""Dense matrix multiply with nested lists of floats."""


def make_matrix(n, seed):
    m = []
    x = seed
    for i in range(n):
        row = []
        for j in range(n):
            x = (x * 1103515245 + 12345) % 2147483648
            row.append((x % 1000) / 100.0 - 5.0)
        m.append(row)
    return m


def transpose(m):
    return [list(col) for col in zip(*m)]


def matmul(a, b):
    n = len(a)
    p = len(b[0])
    bt = transpose(b)
    c = []
    for i in range(n):
        row_a = a[i]
        row = []
        for j in range(p):
            col = bt[j]
            s = 0.0
            for k in range(len(row_a)):
                s += row_a[k] * col[k]
            row.append(s)
        c.append(row)
    return c


def matmul_ikj(a, b):
    n = len(a)
    m = len(b[0])
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


def trace(m):
    t = 0.0
    for i in range(len(m)):
        t += m[i][i]
    return t


def main(n=220):
    a = make_matrix(n, 42)
    b = make_matrix(n, 7)
    c = matmul(a, b)
    d = matmul_ikj(a, b)
    diff = 0.0
    for i in range(n):
        for j in range(n):
            diff = max(diff, abs(c[i][j] - d[i][j]))
    e = matmul(c, a)
    print("trace c = %.6f" % trace(c))
    print("trace e = %.6f" % trace(e))
    print("max diff %.3e" % diff)
    print("sum e = %.4f" % sum([sum(r) for r in e]))


if __name__ == "__main__":
    main()
