# Error messages of container operations.
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


pair = [1, 2]
skey = "a"
fkey = 1.0
nothing = None
five = 5
attempt("list idx", lambda: [1, 2][5])
attempt("list str idx", lambda: pair[skey])
attempt("tuple idx", lambda: (1,)[-2])
attempt("dict key", lambda: {"a": 1}["b"])
attempt("dict tuple key", lambda: {}[(1, 2)])
attempt("unhashable", lambda: {[1]: 2})
attempt("set unhashable", lambda: {[1]})
attempt("str idx", lambda: "abc"[10])
attempt("range idx", lambda: range(3)[3])
attempt("float idx", lambda: pair[fkey])
attempt("none sub", lambda: nothing[0])
attempt("int sub", lambda: five[0])
attempt("dict in list", lambda: [1, 2].index(3))
attempt("ok", lambda: [1, 2][-1])
