"""s = s + x on a str local that holds the only reference appends in place,
as CPython does for s += x and s = s + x alike (a string built this way in
a loop stayed quadratic); shared strings, lists and other types keep +
semantics."""
# expect-c: PyUnicode_Append(&r


def build(n):
    s = ""
    for i in range(n):
        s = s + "ab"
    t = ""
    for i in range(n):
        t = t + str(i % 10)
    return len(s), t[:12], t[-5:]


def shared():
    a = "x" * 3
    b = a
    a = a + "y"
    lst = [1]
    alias = lst
    lst = lst + [2]
    lst2 = [1]
    alias2 = lst2
    lst2 += [2]
    return a, b, lst, alias, lst2, alias2


def mixed(v):
    s = "n="
    s = s + v
    return s


print(build(20000))
print(shared())
print(mixed("7"))
try:
    print(mixed(7))
except TypeError as e:
    print("TypeError:", e)
g = "g"
for i in range(5):
    g = g + str(i)
print(g)
