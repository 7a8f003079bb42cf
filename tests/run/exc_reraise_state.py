# Re-raise after handler modified variables; bare raise picks the right exception.
def f(n):
    state = []
    try:
        try:
            raise ValueError(n)
        except ValueError as e:
            state.append("handled")
            n = n * 2
            e.args = ("modified", n)
            raise
    except ValueError as e2:
        return state, e2.args

print(f(5))

def g():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise IndexError("inner")
        except IndexError:
            pass
        raise  # re-raises KeyError, not IndexError

try:
    g()
except Exception as e:
    print(type(e).__name__, e)

def h():
    try:
        raise KeyError("a")
    except KeyError:
        def helper():
            raise  # bare raise inside a called function sees the active exception
        helper()

try:
    h()
except KeyError as e:
    print("helper re-raised", e)

# bare raise with no active exception
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

# raise in except re-raises with updated traceback; catch in loop
count = 0
for i in range(3):
    try:
        try:
            raise OSError(i)
        except OSError:
            count += 1
            if i < 2:
                raise
    except OSError as e:
        print("loop caught", e)
print(count)

# raise an instance twice
err = ValueError("twice")
for _ in range(2):
    try:
        raise err
    except ValueError as e:
        print(e is err, e)

# raise a non-exception
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)

# raise a class that fails to instantiate
def bad_init(self):
    raise ZeroDivisionError("in init")
Bad = type("Bad", (Exception,), {"__init__": bad_init})
try:
    raise Bad
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
