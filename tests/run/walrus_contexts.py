def f(xs):
    out = []
    for x in xs:
        if (y := x * 2) > 2:
            out.append(y)
    while (n := len(out)) > 3:
        out.pop()
    print([z := 5, z], f(*[]) if False else 0, {w := 1}, out[(k := 0)], y, n, k, w)
    print(sorted(xs, key=lambda v: (v := -v)))
if (r := 3) > 2:
    f([1, 2, 3, 4, 5])
