funcs = []
for i in range(4):
    def f(x, i=i):
        return x * i
    funcs.append(f)
print([g(10) for g in funcs])
print(len(set(funcs)), f(2))
print([g.__name__ for g in funcs], funcs[0] is funcs[1])
names = {}
for name in ("a", "b", "c"):
    def h():
        return "h"
    h.__name__ = name
    names[name] = h
print(sorted([(k, v.__name__) for k, v in names.items()]))
def outer():
    res = []
    for j in range(3):
        def inner(y=j * j):
            return y
        res.append(inner)
    return [r() for r in res], inner.__qualname__
print(outer())
k = 0
while k < 3:
    def w(): return "w"
    w.count = k
    k += 1
print(w.count, w())
