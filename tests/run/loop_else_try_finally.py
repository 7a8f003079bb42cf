def search(items, target):
    for x in items:
        try:
            if x == target:
                break
        finally:
            print("checked", x)
    else:
        print("not found", target)
        return None
    print("found", target)
    return target
search([1, 2, 3], 2)
search([1, 2], 9)
def w(n):
    i = 0
    while i < n:
        try:
            i += 1
            if i == 3:
                break
            continue
        finally:
            print("fin", i)
    else:
        print("while else", i)
    return i
print(w(2))
print(w(5))
def cont_in_finally():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            out.append(i)
        except ValueError:
            continue
        finally:
            out.append("f%d" % i)
    else:
        out.append("else")
    return out
print(cont_in_finally())
for a in range(3):
    for b in range(3):
        try:
            if b == 1: break
        finally:
            print(a, b, end=" ")
    else:
        print("inner else")
else:
    print("\nouter else")
