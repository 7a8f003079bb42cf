# Building and transforming lists with loops.
def squares(n):
    out = []
    for i in range(n):
        out.append(i * i)
    return out


def dedupe(seq):
    seen = set()
    out = []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


print(squares(10), sum(squares(100)))
print(dedupe([3, 1, 3, 2, 1, 4]), dedupe("abracadabra"))
stack = []
for tok in "3 4 + 2 * 7 -".split():
    if tok in "+-*":
        b = stack.pop()
        a = stack.pop()
        stack.append(a + b if tok == "+" else a - b if tok == "-" else a * b)
    else:
        stack.append(int(tok))
print(stack)
m = [[1, 2], [3, 4]]
print([list(r) for r in zip(*m)], list(map(sum, m)), [x for r in m for x in r][::-1])
