"""x[i] += v and x[i][j] += v with a number item: the item is unboxed from
its slot; the row stays owned (v runs after it is loaded)."""
# expect-c: AotObj_GetItemTV_FV(
# expect-c: AotObj_GetItemTV_TV(


def mm(a, b, n):
    c = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            for k in range(n):
                c[i][j] += a[i][k] * b[k][j]
    return c


def counts(xs, m):
    h = [0] * m
    for x in xs:
        h[x % m] += 1
        h[x % m] -= 0
    h[0] += 2**70
    h[1] += 0.5
    return h


def main():
    a = [[(i * j) % 7 / 3.0 for j in range(30)] for i in range(30)]
    print(sum(mm(a, a, 30)[3]))
    print(counts(list(range(100)), 7))
    t = (1, 2)
    try:
        h = [t]
        h[0] += 1
    except TypeError as e:
        print(e)
    g = [[1, 2], [3, 4]]
    for i in range(2):
        for j in range(2):
            g[i][j] += g[j][i] * 2
    print(g)


main()
