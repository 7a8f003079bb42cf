# try / except / else / finally basics.
def divide(a, b):
    try:
        r = a / b
    except ZeroDivisionError:
        print("cannot divide by zero")
        return None
    else:
        print("division ok")
        return r
    finally:
        print("finally for", a, b)


print(divide(6, 3))
print(divide(1, 0))
try:
    int("x")
except (TypeError, ValueError) as e:
    print("caught", type(e).__name__, e)
try:
    [][0]
except LookupError as e:
    print("LookupError base caught:", type(e).__name__, e)
try:
    {}["k"]
except IndexError:
    print("wrong")
except KeyError as e:
    print("KeyError:", e, repr(e))
