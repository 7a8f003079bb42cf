"""A display holding the same local number twice ((y, y), [i, i]) holds one
object twice, as in CPython; boxing the word for each item made two."""
def pairs(n):
    out = []
    for i in range(n):
        out.append((i, i))
    return out


def floats(x):
    y = x * 2.0
    t = (y, y, [y, y])
    return id(t[0]) == id(t[1]), id(t[2][0]) == id(t[2][1])


def unbound(c):
    if c:
        k = 5000
    return (k, k)


def main():
    p = pairs(1000)
    q = p[999]
    print(q, id(q[0]) == id(q[1]), len(p))
    print(floats(1.25))
    u = unbound(True)
    print(id(u[0]) == id(u[1]))
    try:
        unbound(False)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)


main()
