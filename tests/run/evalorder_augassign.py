# Evaluation order of augmented assignment to subscripts and attributes.
log = []

def t(tag, v):
    log.append(tag)
    return v

lst = [10, 20, 30]
t("obj", lst)[t("idx", 1)] += t("rhs", 5)
print(lst, log)
log.clear()

d = {"a": 1}
t("obj", d)[t("key", "a")] *= t("rhs", 7)
print(d, log)
log.clear()

ns = type("NS", (), {})()
ns.x = 3
t("obj", ns).x -= t("rhs", 10)
print(ns.x, log)
log.clear()

# augassign on a list element which is itself a list: in-place, same object
inner = [1]
outer = [inner]
outer[t("i", 0)] += t("r", [2, 3])
print(outer, inner, outer[0] is inner, log)
log.clear()

# tuple element += raises TypeError but the list still got extended
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(tup)

# string augassign through a dict
s = {"k": "ab"}
s["k"] += "cd"
s["k"] *= 2
print(s)

# nested subscript
m = [[0, 0], [0, 0]]
m[t("a", 1)][t("b", 0)] += t("c", 9)
print(m, log)
log.clear()

# slice augassign
l2 = [1, 2, 3, 4]
l2[t("lo", 1):t("hi", 3)] += t("rhs", [9])
print(l2, log)
