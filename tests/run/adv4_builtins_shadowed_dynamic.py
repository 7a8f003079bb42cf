"""Builtins shadowed by module globals created dynamically (globals()[...], exec, setattr)."""
import sys

def work(xs):
    t = 0
    for i in range(len(xs)):
        t += abs(xs[i]) + int(xs[i] > 0)
    return t, min(xs), round(t / 3, 2)

print(work([3, -4, 5]))
g = globals()
g["len"] = lambda s: 1
print(work([3, -4, 5]))
exec("def abs(v):\n    return v * 100", g)
print(work([3, -4, 5]))
setattr(sys.modules[__name__], "range", lambda n: [0, 0, 0])
print(work([3, -4, 5]))
g["int"] = float
g["min"] = max
g["round"] = lambda v, n: "r%s" % n
print(work([3, -4, 5]))
for name in ("len", "abs", "range", "int", "min", "round"):
    del g[name]
print(work([3, -4, 5]))

def loop_range(n):
    out = []
    for i in range(n):
        out.append(i)
        if i == 1:
            g["range"] = lambda *a: ["shadow"]
    for j in range(n):
        out.append(j)
    return out
print(loop_range(3))
print(loop_range(3))
del g["range"]
print(loop_range(2))
def comp(n):
    return [k * 2 for k in range(n)], sorted({k for k in range(n)})
print(comp(3))
g["range"] = lambda n: "xy"
print(comp(3))
del g["range"]
print(comp(3))
