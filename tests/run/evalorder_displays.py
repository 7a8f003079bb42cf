# Dict/set/list displays with duplicate keys and side effects.
log = []

def t(tag, v):
    log.append(tag)
    return v

d = {t("k1", "a"): t("v1", 1), t("k2", "a"): t("v2", 2), t("k3", "b"): t("v3", 3)}
print(d, log)
log.clear()

# key kept from the first insertion, value from the last
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
d = {1.0: "x", 1: "y"}
print(d)

d = {**t("m1", {"a": 1, "b": 2}), t("k", "a"): t("v", 10), **t("m2", {"b": 20})}
print(d, log)
log.clear()

s = {t("a", 1), t("b", 1.0), t("c", True)}
print(s, type(next(iter(s))).__name__, log)
log.clear()

l = [t("x", 1), *t("s", range(2)), t("y", 2)]
print(l, log)
log.clear()

tp = (t("x", 1), *t("s", "ab"), t("y", 2))
print(tp, log)
log.clear()

# dict comprehension: key evaluated before value (3.8+)
dc = {t("k", i): t("v", i * i) for i in range(2)}
print(dc, log)
log.clear()

# dict comprehension duplicates
dc = {i % 2: i for i in range(5)}
print(dc)

# unhashable key in display after side effects
try:
    d = {t("k1", 1): t("v1", 1), t("k2", []): t("v2", 2)}
except TypeError as e:
    print("TypeError:", e, log)
log.clear()

# ** of non-mapping
try:
    d = {**t("bad", [1, 2])}
except TypeError as e:
    print("TypeError:", e, log)
