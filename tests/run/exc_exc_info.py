# sys.exc_info() at many points, and names deleted after except blocks.
import sys

def info():
    t, v, tb = sys.exc_info()
    return (t.__name__ if t else None, repr(v))

print(info())
try:
    raise ValueError("one")
except ValueError:
    print("handler", info())
    try:
        raise KeyError("two")
    except KeyError:
        print("nested", info())
    print("back", info())
finally:
    print("finally", info())
print("after", info())

def in_func():
    return info()

try:
    raise IndexError("three")
except IndexError:
    print("callee sees", in_func())

try:
    try:
        raise TypeError("t")
    finally:
        print("finally during exc", info())
except TypeError:
    pass

# exc_info inside else
try:
    pass
except Exception:
    pass
else:
    print("else", info())

# as-name deleted after the handler
e = "before"
try:
    raise ValueError("v")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)

def local_del():
    err = 1
    try:
        1 / 0
    except ZeroDivisionError as err:
        msg = str(err)
    try:
        return err
    except UnboundLocalError as u:
        return "Unbound: " + str(u) + " / " + msg

print(local_del())

# del of the name inside the handler itself
try:
    raise KeyError("k")
except KeyError as kk:
    del kk
print("deleted inside ok")

# generator-free: exception stored in another variable survives
try:
    raise ValueError("kept")
except ValueError as ex:
    saved = ex
print(repr(saved), saved.__traceback__ is not None)
