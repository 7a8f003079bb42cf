d = {}
for d["k"] in range(3):
    pass
print(d)
lst = [0, 0]
for lst[1] in "ab":
    print(lst)
Obj = type("Obj", (), {})
o = Obj()
for o.attr in (1, 2):
    pass
print(o.attr)
for x, in [(1,), (2,)]:
    print(x, end=" ")
print()
for [a, b] in [[1, 2], (3, 4)]:
    print(a + b, end=" ")
print()
for a, *rest in ["xyz", [1]]:
    print(a, rest)
for (i, (j, k)) in enumerate([(1, 2)]):
    print(i, j, k)
[p, *q], r = "abc", 9
print(p, q, r)
(s), [t] = 1, [2]
print(s, t)
u = v = w = "chain"
del (u), [v]
del w,
print("u" in globals(), "v" in globals(), "w" in globals())
m = [1, 2, 3, 4, 5]
m[1:3], m[0] = ["a", "b", "c"], "z"
print(m)
i = 0
seq = [10, 20, 30]
i, seq[i] = 2, 99
print(i, seq)
x = [0, 0, 0]
x[0] = x[1] = x[2] = 5
print(x)
n = {}
n["a"] = n["b"] = n
print(n["a"] is n, sorted(n))
import io
with io.StringIO("l1\nl2") as f1, io.StringIO("l1\n") as f2:
    print(f1.readline() == f2.readline())
def pair(): return (1, 2)
with __import__("contextlib").nullcontext(pair()) as (e1, e2):
    print(e1, e2)
with (__import__("contextlib").nullcontext(1) as c1,
      __import__("contextlib").nullcontext(2) as c2):
    print(c1 + c2)
