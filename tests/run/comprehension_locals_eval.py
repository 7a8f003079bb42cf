"""eval(s), exec(s) and locals() inside a comprehension see the
comprehension's variables (and, from 3.12, where comprehensions are
inlined, the enclosing function's locals too), in functions and at module
level."""


def doubled(names):
    return [eval(n + " * 2") for n in names]


def scaled(k, xs):
    return [eval("x * k") for x in xs]


def nested(rows):
    return [[eval("r + c") for c in row] for r, row in enumerate(rows)]


def seen():
    a = 1
    return [("x" in locals(), "y" in locals()) for x in "q" for y in (1,)]


print(doubled(["n", "n"]))
print(scaled(3, [1, 2]))
print(nested([[10, 20], [30]]))
print(seen())
print([eval("i * 10") for i in range(3)])
print({k: eval("k + v") for k, v in [("a", "b"), ("c", "d")]})
try:
    print([eval("zz") for q in range(1)])
except NameError as e:
    print("NameError:", e)
print([eval("undefined_name") for q in range(1)])
