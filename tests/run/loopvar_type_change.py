def f(n):
    out = []
    for i in range(n):
        i = i / 2
        out.append(i)
    return out, i
print(f(4))

def g():
    x = 0
    for k in range(5):
        if k == 2:
            x = x + 0.5
        elif k == 3:
            x = str(x)
        elif k == 4:
            x = x * 2
        else:
            x += k
    return x
print(g())

def h(limit):
    total = 0
    n = 3
    for i in range(n):
        n = 100
        total += i
    return total, n, limit

print(h(3))

def mixed():
    acc = 0
    for i in range(6):
        acc = acc + (i if i % 2 else True)
        acc = acc / 1 if i == 3 else acc
    return acc, type(acc).__name__
print(mixed())

def bools():
    t = 0
    for b in [True, False, True, True]:
        t += b
        t = t - False
    return t, True + True, True * 3.5, -True, ~True, True // 1, True << 3
print(bools())

def rebinding_loop_target():
    res = []
    lst = [1, 2, 3]
    for lst[0] in range(3):
        res.append(lst[:])
    d = {}
    for d["k"], d["v"] in [(1, 2), (3, 4)]:
        res.append(sorted(d.items()))
    return res
print(rebinding_loop_target())
