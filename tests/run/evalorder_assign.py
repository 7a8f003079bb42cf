# Evaluation order of plain assignment targets and values.
log = []

def t(tag, v):
    log.append(tag)
    return v

d = {}
t("obj", d)[t("key", "k")] = t("val", 1)
print(d, log)
log.clear()

# chained assignment: value evaluated once, targets left to right
a = [0, 0]
b = {}
t("A", a)[t("ia", 0)] = t("B", b)[t("ib", "x")] = t("v", 42)
print(a, b, log)
log.clear()

# targets can reference earlier targets in the same chain
i = lst = None
lst = [0, 0, 0]
i = lst[i] = 2
print(i, lst)

# tuple target assignment order
x = [0, 0, 0]
x[t("i0", 0)], x[t("i1", 1)] = t("v", (5, 6))
print(x, log)
log.clear()

# swap through subscripts referencing each other
arr = [0, 1, 2, 3]
j = 1
j, arr[j] = 3, 99
print(j, arr)

# attribute assignment order
ns = type("NS", (), {})()
t("o", ns).attr = t("v", "hello")
print(ns.attr, log)
log.clear()

# starred target into a slice of a list
holder = [7, 8]
first, *t("mid", holder)[0:1], last = t("v", [1, 2, 3, 4])
print(first, holder, last, log)
