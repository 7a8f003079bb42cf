# The handled exception (sys.exc_info) is restored on every way out of an
# except or finally body, including when the body itself raises.
import sys


def raise_in_except():
    try:
        raise KeyError("first")
    except KeyError as e:
        print("handling", sys.exc_info()[0].__name__)
        raise ValueError("second")


def raise_in_finally():
    try:
        raise KeyError("first")
    finally:
        print("finally sees", sys.exc_info()[0].__name__)
        raise IndexError("third")


def unmatched():
    try:
        raise KeyError("k")
    except ValueError:
        print("not here")


def nested():
    try:
        raise TypeError("outer")
    except TypeError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        return sys.exc_info()[0].__name__


for fn in (raise_in_except, raise_in_finally, unmatched):
    for i in range(2):
        try:
            fn()
        except Exception as e:
            ctx = e.__context__
            print(fn.__name__, type(e).__name__, e,
                  type(ctx).__name__ if ctx else None)
        print("after:", sys.exc_info())

print(nested(), sys.exc_info())
try:
    raise_in_except()
except ValueError:
    pass
try:
    e
except NameError as err:
    print("NameError:", err)
print(sys.exc_info())
