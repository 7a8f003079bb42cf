"""A walrus in an argument rebinding the local that holds the callee or the
method receiver: CPython binds the callee/method before the arguments."""
def m1():
    lst = [1]
    lst.append((lst := [9]))
    return lst

def m2():
    s = "abc"
    r = s.replace((s := "b"), "X")
    return r, s

def f_a(x):
    return ("a", x)
def f_b(x):
    return ("b", x)

def m3():
    f = f_a
    r = f((f := f_b))
    return r[0], r[1] is f_b, f(1)

def m4():
    d = {"k": 1}
    r = d.get("k", (d := {"k": 2}))
    return r, d

def m5(n):
    x = n
    r = x.__add__((x := 100))
    return r, x

def m6():
    g = f_a
    return g(1, *[]) if False else g(((g := f_b), 2)[1]), g(3)

def m7():
    lst = [3, 1, 2]
    lst.sort(key=(lst := [5, 4]).index if False else None)
    return lst

def m8(v):
    t = (1, 2)
    return t.count((t := (v, v, v))[0]), t

def m9():
    i = 2
    l = [[0, 1], [2, 3], [4, 5]]
    return l[i][(i := 0)], l[i].index((i := 1) - 1)

print(m1(), m2(), m3(), m4(), m5(5), m5(2**70), m6(), m7(), m8(1), m8(2), m9())
