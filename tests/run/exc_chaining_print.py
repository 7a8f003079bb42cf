# __context__, __cause__, __suppress_context__ set by raise/raise from.
def show(e):
    print(type(e).__name__, e.args,
          "cause=", repr(e.__cause__),
          "context=", repr(e.__context__),
          "suppress=", e.__suppress_context__)

try:
    try:
        raise ValueError("a")
    except ValueError:
        raise KeyError("b")
except KeyError as e:
    show(e)

try:
    try:
        raise ValueError("a")
    except ValueError as v:
        raise KeyError("b") from v
except KeyError as e:
    show(e)

try:
    try:
        raise ValueError("a")
    except ValueError:
        raise KeyError("b") from None
except KeyError as e:
    show(e)

try:
    raise KeyError("c") from TypeError("explicit")
except KeyError as e:
    show(e)

# from a class instantiates it
try:
    raise KeyError("d") from IndexError
except KeyError as e:
    show(e)

# invalid cause
try:
    raise KeyError("e") from 5
except TypeError as e:
    show(e)

# context set in finally
try:
    try:
        raise ValueError("in try")
    finally:
        raise RuntimeError("in finally")
except RuntimeError as e:
    show(e)

# re-raising the same exception does not create a self-cycle
try:
    try:
        raise ValueError("same")
    except ValueError as v:
        raise v
except ValueError as e:
    show(e)

# context from an outer handler when raising in a nested function
def boom():
    raise OSError("inner")

try:
    try:
        1 / 0
    except ZeroDivisionError:
        boom()
except OSError as e:
    show(e)

# explicit assignment of attributes
e = ValueError("manual")
e.__cause__ = KeyError("k")
print(e.__suppress_context__)
e.__suppress_context__ = False
show(e)
