# o.m(not x): 'not x' runs x.__bool__, so the method is looked up first,
# as CPython does (a __bool__ that rebinds the method is not seen).
import math


def old(self, a):
    return "old"


def new(self, a):
    return "new"


def swap(self):
    T.m = new
    return True


def swap_floor(self):
    math.floor = lambda v: "new floor"
    return True


T = type("T", (), {"__slots__": (), "m": old})
X = type("X", (), {"__bool__": swap})
Y = type("Y", (), {"__bool__": swap_floor})


def call(t, x):
    return t.m(not x)


def call_mod(x):
    return math.floor(not x)


print(call(T(), X()), call_mod(Y()))
