# Stores to module globals from compiled code keep the other names' cache
# entries current; every other way of changing the module dict (globals(),
# exec, del, another module, a __del__ run by the store itself) must still
# be seen by the next load.
import sys

counter = 0
LIMIT = 3
other = "a"


def bump():
    global counter
    counter += 1
    return counter


def run(n):
    t = 0
    for i in range(n):
        t += bump() & LIMIT
    return t


def reader():
    return other, LIMIT


def change_via_globals():
    globals()["other"] = "b"
    return reader()


def change_via_exec():
    exec("other = 'c'", globals())
    return reader()


def rebind_in_loop(n):
    global other
    out = []
    for i in range(n):
        other = i
        out.append(reader())
        if i == 1:
            globals()["LIMIT"] = 99
    return out


class_like = sys.modules[__name__]


def via_module_attr():
    class_like.other = "d"
    return reader()


def del_and_restore():
    global other
    del other
    try:
        reader()
    except NameError as e:
        print("NameError", e)
    other = "e"
    return reader()


def shadow_builtin():
    global len
    before = len("abc")
    len = lambda x: -1
    mid = len("abc")
    del len
    return before, mid, len("abc")



def make_tracker():
    # an object whose __del__ rebinds another global when it is replaced;
    # classes are not compiled, so build the type dynamically
    def d(self):
        globals()["LIMIT"] = 1000
    return type("T", (), {"__del__": d})()


def store_runs_del():
    global other
    other = make_tracker()
    a = reader()[1]
    other = "f"  # drops the tracker: its __del__ rebinds LIMIT
    return a, reader()


print(run(10), counter, reader())
print(change_via_globals(), change_via_exec(), via_module_attr())
print(rebind_in_loop(4), LIMIT)
LIMIT = 3
print(del_and_restore(), shadow_builtin(), len("xy"))
print(store_runs_del())
