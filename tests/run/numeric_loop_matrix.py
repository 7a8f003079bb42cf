# Nested loops doing matrix multiplication with floats.
def matmul(a, b, n):
    c = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            s = 0.0
            for k in range(n):
                s += a[i][k] * b[k][j]
            c[i][j] = s
    return c


n = 12
a = [[(i * n + j) * 0.5 for j in range(n)] for i in range(n)]
b = [[1.0 if i == j else 0.25 for j in range(n)] for i in range(n)]
c = matmul(a, b, n)
print(c[0][:4], c[n - 1][n - 1])
print(sum([sum(row) for row in c]))
