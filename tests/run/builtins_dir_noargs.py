# dir() without arguments lists the module's or the function's names.
a_global = 1
def f(p, q=2):
    local_v = 3
    return dir()
print(f(1))
print([n for n in dir() if not n.startswith("__")])
