# Nested loops with break/continue affecting only the inner loop.
def primes_below(n):
    out = []
    for cand in range(2, n):
        for d in range(2, cand):
            if d * d > cand:
                out.append(cand)
                break
            if cand % d == 0:
                break
        else:
            out.append(cand)
    return out


print(primes_below(60))
pairs = []
for i in range(4):
    for j in range(4):
        if j == i:
            continue
        if j > 2:
            break
        pairs.append((i, j))
print(pairs)
count = 0
for a in range(5):
    for b in range(5):
        for c in range(5):
            if a + b + c == 6:
                count += 1
print(count)
