# del statement forms, order of evaluation, and error messages.
log = []
def t(tag, v):
    log.append(tag)
    return v

a = [0, 1, 2, 3, 4]
d = {"x": 1, "y": 2}
ns = type("NS", (), {})()
ns.p = 1
ns.q = 2
del t("list", a)[t("idx", 1)], t("dict", d)[t("key", "x")], t("obj", ns).p
print(a, d, vars(ns), log)
log.clear()

try:
    del t("d", d)[t("k1", "y")], t("d2", d)[t("k2", "missing")], t("never", a)[0]
except KeyError as e:
    print("KeyError:", e, d, log)
log.clear()

def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(local_del())

def del_unbound():
    try:
        del w
    except UnboundLocalError as e:
        return str(e)
    w = 1
print(del_unbound())

g = 5
def del_global():
    global g
    del g
del_global()
print("g" in globals())
try:
    del_global()
except NameError as e:
    print("NameError:", e)

try:
    del undefined_thing
except NameError as e:
    print("NameError:", e)

def aug_global_no_decl():
    try:
        counter_x += 1
    except UnboundLocalError as e:
        return str(e)
counter_x = 0
print(aug_global_no_decl())

x, (y, z) = 1, (2, 3)
del x, (y, z)
print([n in globals() for n in ("x", "y", "z")])
lst = list(range(10))
del lst[::2], lst[0]
print(lst)
del lst[:]
print(lst)
try:
    del ns.missing
except AttributeError as e:
    print("AttributeError:", e)
t2 = (1, 2)
try:
    del t2[0]
except TypeError as e:
    print("TypeError:", e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
for i in range(3):
    pass
del i
try:
    print(i)
except NameError as e:
    print("NameError:", e)
