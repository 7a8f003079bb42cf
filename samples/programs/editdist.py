"""Dynamic programming: Levenshtein distance and LCS over generated strings."""


def gen_string(n, seed, alphabet="ACGT"):
    x = seed
    chars = []
    for i in range(n):
        x = (x * 214013 + 2531011) % 4294967296
        chars.append(alphabet[(x >> 16) % len(alphabet)])
    return "".join(chars)


def edit_distance(a, b):
    m = len(a)
    n = len(b)
    prev = list(range(n + 1))
    for i in range(1, m + 1):
        cur = [i] + [0] * n
        ca = a[i - 1]
        for j in range(1, n + 1):
            cost = 0 if ca == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        prev = cur
    return prev[n]


def lcs(a, b):
    m, n = len(a), len(b)
    table = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            if a[i - 1] == b[j - 1]:
                table[i][j] = table[i - 1][j - 1] + 1
            elif table[i - 1][j] >= table[i][j - 1]:
                table[i][j] = table[i - 1][j]
            else:
                table[i][j] = table[i][j - 1]
    # reconstruct
    out = []
    i, j = m, n
    while i > 0 and j > 0:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1])
            i -= 1
            j -= 1
        elif table[i - 1][j] >= table[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))


def main():
    a = gen_string(2000, 1)
    b = gen_string(1900, 2)
    d = edit_distance(a, b)
    s = lcs(a, b)
    print("edit distance:", d)
    print("lcs length:", len(s), "prefix:", s[:20])


if __name__ == "__main__":
    main()
