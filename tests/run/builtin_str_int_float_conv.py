# str(x), int(x) and float(x) with one argument call what the builtin
# types' constructors call (PyObject_Str, PyNumber_Long, PyNumber_Float or
# PyFloat_FromString) behind a guard that the names still mean them.
# expect-c: aotg_conv(
import builtins
def f(x):
    return str(x), int(x), float(x)
def g(s):
    return [str(s), int("12"), float("1.5"), float(" -inf "), int(3.9), float(7), str(None), int(True), float(2**70)]
print(f(5), f(-2.5), f(True), g("abc"))
for bad in ["x", [1], 2**2000, "1e999999", float("nan")]:
    for fn in (str, int, float):
        try:
            print(fn.__name__, fn(bad) if fn is not str else len(fn(bad)))
        except Exception as e:
            print(type(e).__name__, e)
def h(v):
    try:
        return int(v)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
print(h("zz"), h(float("inf")), h(float("nan")), h(None), h(b"12"), h("  7 "), h("1_000"))
def k(v):
    try:
        return float(v)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
print(k("zz"), k(None), k(b"1.25"), k(bytearray(b"2")), k("1_0.5"), k(10**400))
real_str = builtins.str
builtins.str = lambda x: "S"
print(f(1)[0])
builtins.str = real_str
globals()["int"] = lambda x: "I"
print(f(1)[1])
