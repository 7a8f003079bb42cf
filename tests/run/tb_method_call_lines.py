# The line of an error raised by o.m(...) with m on a later line than o:
# CPython compiles a method call (lookup and call at m's line) unless o
# is a name bound by an import at module level, or the call has *args or
# **kwargs; then the call is at the line where the call starts.
import math
import os.path as osp


def method_on_param(s):
    return (s
            .index("z"))


def method_kw(d):
    return (d
            .pop("missing"))


def method_star(s, args):
    return (s
            .index(*args))


def method_on_call(s):
    return (s.strip()
            .split(",")
            .index("q"))


def imported_math(x):
    return (math
            .sqrt(x))


def imported_factorial(x):
    return (math
            .factorial(x))


def imported_alias(p):
    return (osp
            .join(p, 1))


def local_shadows_import():
    math = "abc"
    return (math
            .index("z"))


cases = [
    (method_on_param, ("abc",)),
    (method_kw, ({},)),
    (method_star, ("abc", ("z",))),
    (method_on_call, (" a,b ",)),
    (imported_math, (-1.0,)),
    (imported_factorial, (-1,)),
    (imported_alias, ("a",)),
    (local_shadows_import, ()),
]
for fn, args in cases:
    try:
        fn(*args)
    except Exception as e:
        tb = e.__traceback__
        lines = []
        while tb:
            if tb.tb_frame.f_code.co_filename == __file__:
                lines.append(tb.tb_lineno)
            tb = tb.tb_next
        print(fn.__name__, type(e).__name__, e, lines)


def method_kw_split(d):
    return (d
            .pop("missing", *()))


def method_keyword(s):
    return (s
            .split(sep=1))


for fn, args in [(method_kw_split, ({},)), (method_keyword, ("a",))]:
    try:
        fn(*args)
    except Exception as e:
        tb = e.__traceback__
        lines = []
        while tb:
            if tb.tb_frame.f_code.co_filename == __file__:
                lines.append(tb.tb_lineno)
            tb = tb.tb_next
        print(fn.__name__, type(e).__name__, e, lines)
