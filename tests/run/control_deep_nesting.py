out = []
for a in range(4):
    if a == 3:
        break
    for b in range(4):
        if b == 1:
            continue
        i = 0
        while i < 4:
            i += 1
            if i == 2:
                continue
            for c in "xyz":
                if c == "y":
                    continue
                if a == 1 and b == 2 and c == "z":
                    break
                out.append("%d%d%d%s" % (a, b, i, c))
            else:
                out.append("E")
                continue
            out.append("B")
            break
        else:
            out.append("W")
    else:
        out.append("F%d" % a)
else:
    out.append("never")
print(" ".join(out))
def find(grid, t):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == t:
                break
        else:
            continue
        return (r, c)
    else:
        return None
print(find([[1, 2], [3, 4]], 4), find([[1]], 9))
n = 0
while True:
    n += 1
    if n % 2: continue
    for k in range(n):
        if k > 3: break
    else:
        continue
    if n > 8: break
print(n, k)
