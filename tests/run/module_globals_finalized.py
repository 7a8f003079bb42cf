"""At interpreter exit a compiled module's globals are released as
CPython releases a module's: objects with __del__ held only by globals run
it (and so open files are flushed and closed), also when the module defines
functions (their objects used to keep the globals alive for good)."""
import sys

D = type("D", (), {"__del__": lambda self: print("del", self.name)})


def f():
    return 1


def g(x):
    return f() + x


x = D()
x.name = "x"
holder = [D()]
holder[0].name = "in a list"
print("end of module", g(1))
sys.stdout.flush()
