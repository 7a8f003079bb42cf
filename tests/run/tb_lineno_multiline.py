# Traceback line numbers (tb_lineno) for errors inside multi-line statements.
import sys

def bad(x):
    return 1 // x

def sub_multi():
    d = {}
    return (d
            ["a"])

def call_fail():
    n = None
    return n(
        1,
        2)

def raise_multi():
    raise ValueError(
        "msg"
    )



def unpack_multi():
    (a,
     b) = (
        1, 2, 3)

def compare_multi(a):
    return (1 <
            a <
            "z")

def aug_multi():
    x = 1
    x += (
        "s")

def kw_call():
    return dict(
        a=1,
        b=bad(0))

def list_multi():
    return [
        1,
        bad(0),
    ]

def ifexp(v):
    return (bad(v)
            if v
            else
            bad(0))

def bool_op(v):
    return (v and
            bad(0))

def nested_call():
    return int(
        str(
            bad(
                0)))

def with_multi():
    with (
        open("/nonexistent/x")
    ) as f:
        pass


def store_sub():
    t = (1,)
    t[
        0] = 2

def del_multi():
    d = {}
    del (d
         ["k"])

def fstr():
    return f"""
{bad(0)}
"""

fns = [sub_multi, call_fail, raise_multi, unpack_multi, compare_multi,
       aug_multi, kw_call, list_multi, ifexp, bool_op, nested_call, with_multi, store_sub, del_multi, fstr]
for fn in fns:
    try:
        fn(1) if fn in (compare_multi, ifexp, bool_op) else fn()
    except Exception as e:
        tb = e.__traceback__.tb_next
        ls = []
        while tb:
            ls.append(tb.tb_lineno)
            tb = tb.tb_next
        print(fn.__name__, type(e).__name__, ls)
