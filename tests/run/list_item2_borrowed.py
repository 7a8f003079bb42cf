"""x[i][j] loads and stores keep the row borrowed while no code can run:
exact lists of exact lists, a short index and a local index (plus or minus
a literal). Everything else, and every failure, goes step by step as in
CPython: x[i] first, then j (UnboundLocalError after an IndexError of
x[i]), list subclasses, tuples, dicts and strs as rows, huge indexes."""
# expect-c: AotObj_GetItem2_TV(
# expect-c: AotObj_GetItem2(
# expect-c: AotObj_SetItem2_TV(
# expect-c: AotObj_SetItem2_FV(


def grid_sum(g):
    t = 0
    for r in range(len(g)):
        for c in range(len(g[0])):
            t += g[r][c] * (r + 1) - g[r][c - 1] + g[r - 1][c + 1 - 1]
    return t


def fill(g, v):
    for r in range(len(g)):
        for c in range(len(g[r])):
            g[r][c] = v
            g[r][c - 1] = v + 1
    return g


def ffill(g, x):
    for r in range(len(g)):
        for c in range(len(g[r])):
            g[r][c] = x * r
    return g


def corner(g):
    return g[0][0], g[-1][-1], g[1][2 - 1], g[0][-2]


def unbound(g, flag):
    if flag:
        j = 1
    return g[0][j]


def unbound_first(g, flag):
    if flag:
        j = 1
    return g[5][j]


def big_index(g, j):
    return g[0][j + 2**40 - 1]


def dget(t, r, c):
    return t[r][c] + t[r][c + 1]


def hook(self, i):
    print("getitem", i)
    return [7, 8, 9]


Rows = type("Rows", (list,), {"__getitem__": hook})


def tricky(g, i, j):
    return g[i][j - 1] + 1


def main():
    g = [[r * 10 + c for c in range(5)] for r in range(4)]
    print(grid_sum(g))
    print(fill([[0] * 3 for _ in range(3)], 5))
    print(ffill([[0.0] * 3 for _ in range(2)], 1.5))
    print(corner(g))
    print(unbound(g, True))
    for f in unbound, unbound_first:
        try:
            print(f(g, False))
        except (UnboundLocalError, IndexError) as e:
            print(type(e).__name__, e)
    try:
        print(big_index(g, 3))
    except IndexError as e:
        print("IndexError", e)
    print(dget({0: [1, 2], 1: (3, 4)}, 1, 0), dget(((1.5, 2.5),), 0, 0))
    print(tricky(Rows([[1, 2]]), 0, 2))
    print(tricky([[1, 2], (3, 4), "ab"], 1, 1))
    try:
        print(tricky([[1, 2], "ab"], 1, 1))
    except TypeError as e:
        print("TypeError", e)
    for bad in ([[1]], 2, 0), ([[1]], 0, 5), ([[1]], 0, 2**70), ([[1]], "a", 0):
        try:
            print(tricky(*bad))
        except (IndexError, TypeError) as e:
            print(type(e).__name__, e)
    big = [[2**65, -2**65], [float("nan"), 0.5]]
    print(tricky(big, 0, 1), tricky(big, 1, 2))


main()
