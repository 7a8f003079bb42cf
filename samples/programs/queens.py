"""N-queens by backtracking, plus recursive permutation generation."""


def solve_queens(n):
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    return place(0, n, cols, diag1, diag2)


def place(row, n, cols, diag1, diag2):
    if row == n:
        return 1
    count = 0
    for c in range(n):
        if not cols[c] and not diag1[row + c] and not diag2[row - c + n]:
            cols[c] = diag1[row + c] = diag2[row - c + n] = True
            count += place(row + 1, n, cols, diag1, diag2)
            cols[c] = diag1[row + c] = diag2[row - c + n] = False
    return count


def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([items[i]] + p)
    return result


def main():
    total = 0
    for n in range(4, 12):
        s = solve_queens(n)
        print(f"{n}-queens: {s}")
        total += s
    perms = permutations(list(range(9)))
    check = 0
    for p in perms:
        v = 0
        for d in p:
            v = v * 9 + d
        check = (check * 7 + v) % 1000003
    print(len(perms), "permutations, checksum", check, "total", total)


if __name__ == "__main__":
    main()
