# Side effects show short-circuit evaluation.
log = []


def t(name):
    log.append(name)
    return True


def f(name):
    log.append(name)
    return False


print(f("a") and t("b"), log)
log.clear()
print(t("a") or f("b"), log)
log.clear()
print(t("a") and f("b") and t("c"), log)
log.clear()
print(f("a") or f("b") or t("c") or t("d"), log)
log.clear()
print((f("a") and t("b")) or (t("c") and t("d")), log)
log.clear()
d = {}
print(("k" in d and d["k"] > 1), log)
lst = []
print(lst and lst[0], len(lst) > 0 and lst[0] == 1)
