def enter(self):
    return self.name
def exit_(self, t, v, tb):
    print("exit", self.name, t.__name__ if t else None)
    if self.fail_exit:
        raise RuntimeError("exit of " + self.name)
    return False
CM = type("CM", (), {"__enter__": enter, "__exit__": exit_})
def mk(name, fail_exit):
    c = CM()
    c.name = name
    c.fail_exit = fail_exit
    return c

try:
    with mk("a", True):
        print("body a")
except RuntimeError as e:
    print("caught", e, e.__context__)

try:
    with mk("b", True):
        raise ValueError("inner")
except RuntimeError as e:
    print("caught", e, "context:", repr(e.__context__))

try:
    with mk("outer", False), mk("c", True):
        raise KeyError("deep")
except RuntimeError as e:
    print("caught", e, repr(e.__context__))

def f():
    try:
        with mk("d", True):
            x = "from body"
        return x
    except RuntimeError as e:
        return "replaced: " + str(e)
print(f())

def noexit_enter(self):
    return 1
N = type("N", (), {"__enter__": noexit_enter})
try:
    with N():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
N2 = type("N2", (), {"__exit__": lambda s, a, b, c: None})
try:
    with N2():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
