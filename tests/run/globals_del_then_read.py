g = 1
def read():
    return g
print(read())
del g
try:
    read()
except NameError as e:
    print("NameError:", e)
try:
    print(g)
except NameError as e:
    print("NameError:", e)
def del_global():
    global h
    del h
h = 5
del_global()
try:
    del_global()
except NameError as e:
    print("NameError:", e)
len = lambda x: "shadow"
print(len([1, 2]))
del len
print(len([1, 2]))
try:
    del len
except NameError as e:
    print("NameError:", e)
def uses_print():
    return print
print = lambda *a: None
uses_print()("hidden")
del print
uses_print()("visible again", uses_print() is __import__("builtins").print)
f = len; print(f([1]), f is len)
m = max; mm = min
print(m(3, 9), mm([4, 2]), sorted([3, 1], key=abs), list(map(str, [1, 2])))
ops = {"len": len, "sum": sum, "abs": abs}
print({k: v([1, -2]) if k != "abs" else v(-3) for k, v in ops.items()})
int = str
print(int(5) + "x")
del int
print(int("5") + 1)
import builtins
builtins.zz_custom = "from builtins"
print(zz_custom)
zz_custom = "module level"
print(zz_custom)
del zz_custom
print(zz_custom)
del builtins.zz_custom
try:
    zz_custom
except NameError as e:
    print("NameError:", e)
