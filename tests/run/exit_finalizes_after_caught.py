"""Objects in module globals are finalized at interpreter exit even after
compiled code caught exceptions (3.11+ keeps traceback frames for reuse;
they hold the module's globals and are dropped at exit, before modules are
torn down): their __del__ runs, as it does under CPython (a file left
open is flushed the same way)."""
import sys

Noisy = type("Noisy", (), {"__del__": lambda self: print("finalized", self.tag)})
keep = Noisy()
keep.tag = "global"


def work(n):
    caught = 0
    for i in range(n):
        try:
            raise KeyError(i)
        except KeyError:
            caught += 1
    try:
        {}[n]
    except KeyError as e:
        saved = e
    return caught, saved


def deeper():
    try:
        work(-1)[1].missing
    except AttributeError as e:
        return e


print(work(3)[0], repr(work(2)[1]))
print(type(deeper()).__name__)
try:
    1 / 0
except ZeroDivisionError:
    held = sys.exc_info()
other = Noisy()
other.tag = "held by a traceback"
print("end")
