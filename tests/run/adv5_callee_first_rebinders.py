"""Callee loaded before arguments that rebind/delete it: globals, lambdas with
defaults, module attributes, namespace attributes, dict items, *args, kw-only."""
def f(x):
    return ("f", x)

def g(x):
    return ("g", x)

def rebind(v):
    global f
    f = g
    return v

def delete(v):
    global f
    del f
    return v

def caller():
    out = []
    out.append(f(rebind(1)))
    out.append(f(2))
    return out

print(caller())

def f(x):
    return ("f2", x)

def caller2():
    try:
        return f(delete(3))
    except NameError as e:
        return "NameError " + str(e)

print(caller2())
try:
    f(1)
except NameError as e:
    print("NameError", e)

def h(a, b=2):
    return ("h", a, b)

def swap_h(v):
    global h
    h = lambda a, b=9: ("lam", a, b)
    return v

def caller3():
    return h(swap_h(1)), h(1)

print(caller3())

import math
def m_sqrt(v):
    math.sqrt = lambda x: "fake"
    return v

def caller4():
    r1 = math.sqrt(m_sqrt(4.0))
    r2 = math.sqrt(9.0)
    return r1, r2

orig = math.sqrt
print(caller4())
math.sqrt = orig

lst = [3, 1, 2]
def m_list(v):
    global lst
    lst = [9]
    return v

def caller5():
    lst.append(m_list(5))
    return lst

print(caller5())

def kw_order(**kw):
    return sorted(kw.items())

def caller6():
    global kw_order
    old = kw_order
    r = kw_order(a=(kw_order := None) if False else 1, b=2)
    return r

print(caller6())

def abs_rebind(v):
    import builtins
    builtins.abs = lambda x: ("fake abs", x)
    return v

def caller7():
    r = abs(abs_rebind(-3))
    import builtins
    del builtins.abs
    return r

import builtins
real_abs = abs
print(caller7())
builtins.abs = real_abs
print(abs(-2))

import types
ns = types.SimpleNamespace(m=lambda x: ("m1", x))
def re_m(v):
    ns.m = lambda x: ("m2", x)
    return v
def caller8():
    a = ns.m(re_m(1))
    b = ns.m(2)
    return a, b
print(caller8())

tbl = {"k": lambda x: ("t1", x)}
def re_t(v):
    tbl["k"] = lambda x: ("t2", x)
    return v
def caller9():
    return tbl["k"](re_t(1)), tbl["k"](2)
print(caller9())

def kwf(a, *, b):
    return ("kwf", a, b)
def re_kwf(v):
    global kwf
    kwf = lambda a, *, b: ("kwf2", a, b)
    return v
def caller10():
    return kwf(1, b=re_kwf(2)), kwf(3, b=4)
print(caller10())

def spread(*a):
    return ("spread", a)
def re_spread(v):
    global spread
    spread = lambda *a: ("spread2", a)
    return [v, v]
def caller11():
    return spread(*re_spread(1)), spread(0)
print(caller11())

s = "abc"
def re_s(v):
    global s
    s = "XYZ"
    return v
def caller12():
    return s.upper().find(re_s("B")), s.replace(re_s("X"), "-")
print(caller12())
