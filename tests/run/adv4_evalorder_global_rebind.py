"""Evaluation order when an operand's evaluation rebinds globals used earlier in the expression."""
x = 10
lst = [1, 2, 3]
log = []

def setx(v):
    global x
    log.append(("setx", v))
    x = v
    return v

def setlst():
    global lst
    lst = ["replaced"]
    return 0

def main():
    global x
    out = []
    out.append(x + setx(20))
    out.append(x * setx(2**62) - x)
    out.append(x < setx(5) < x + 1)
    out.append((x, setx(7), x))
    out.append([x, setx(0.5), x])
    out.append(f"{x}-{setx(3)}-{x}")
    out.append(x if setx(9) else -1)
    out.append(lst[setlst()])
    x = 1
    x += setx(100)
    out.append(x)
    x = 2**62
    x -= setx(-(2**62))
    out.append(x)
    out.append({x: setx("k"), "after": x})
    out.append(x and setx(0) or x)
    return out

print(main())
print(log)

def swap_in_call():
    a = [1]
    b = [2]
    a, b = list(b), list(a)
    a[0], b[0] = b[0] * 2**62, a[0] * 2**62
    return a, b
print(swap_in_call())

def index_order():
    data = [0, 0, 0, 0]
    i = 0
    def_i = [i := i + 1 for _ in range(2)]
    data[i], i = i * 2**61, 3
    data[i] = i
    return data, i, def_i
print(index_order())
