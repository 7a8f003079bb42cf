# Uncaught exception raised "from None" inside a handler inside a finally.
def g():
    try:
        {}["k"]
    except KeyError:
        try:
            pass
        finally:
            raise AttributeError("clean") from None

def h():
    try:
        g()
    finally:
        print("h finally")

h()
