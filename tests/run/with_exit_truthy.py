def enter(self):
    return self
def exit_(self, t, v, tb):
    print("exit got", t.__name__ if t else None, "returns", repr(self.ret))
    return self.ret
CM = type("CM", (), {"__enter__": enter, "__exit__": exit_})
def mk(ret):
    c = CM()
    c.ret = ret
    return c

for r in [1, "yes", [0], 0, "", [], None, 2.5, (None,)]:
    try:
        with mk(r):
            raise KeyError("k")
        print("suppressed by", repr(r))
    except KeyError:
        print("propagated by", repr(r))

def f(r):
    for i in range(3):
        with mk(r):
            if i == 1:
                raise IndexError(i)
    return "done", i
print(f(1))
try:
    f(0)
except IndexError as e:
    print("IndexError", e)

def exit_weird_bool(self, t, v, tb):
    return self
def bool_raises(self):
    raise RuntimeError("bool failed")
W = type("W", (), {"__enter__": lambda s: s, "__exit__": exit_weird_bool, "__bool__": bool_raises})
try:
    with W():
        raise KeyError("x")
except RuntimeError as e:
    print("RuntimeError", e, type(e.__context__).__name__)
with W():
    print("no exception, bool not called")
