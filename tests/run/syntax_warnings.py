"""The SyntaxWarnings CPython 3.11's compiler prints when it compiles a script
(`is` with a literal, calling or subscripting a literal, an assert on a
tuple) are printed by `pyaot run` too, before the module runs."""
x = 5
if x is 5 or x is not -1:
    print("a")
def f(y):
    assert (y, "msg")
    return y is ()
print(f(1))
try:
    None()
except TypeError as e:
    print(e)
try:
    print([(1, 2) (3, 4)])
except TypeError as e:
    print(e)
try:
    print([1, 2]["a"])
except TypeError as e:
    print(e)
try:
    print(5[0])
except TypeError as e:
    print(e)
print(x is None, x is True, x is ..., "abc"[1], (1, 2)[0:1])
