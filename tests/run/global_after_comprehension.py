# Names a comprehension uses or binds belong to its own scope: a later
# `global` of the same name in the enclosing scope is allowed.
print([x for x in range(3)])
global x
x = 5


def f():
    r = [y for y in range(3) if z]
    d = {k: w for k in range(2)}
    global z, w
    z = 0
    w = 9
    return r, d


z = 1
w = 2
print(f(), z, w, x)
