# Nested try statements and exceptions in handlers.
def risky(kind):
    if kind == 0:
        return "fine"
    if kind == 1:
        raise ValueError("one")
    if kind == 2:
        raise KeyError("two")
    raise TypeError("three")


for kind in range(4):
    try:
        try:
            print(risky(kind))
        except ValueError as e:
            print("inner handled", e)
        except KeyError as e:
            print("inner handled key", e)
            raise IndexError("from handler")
        finally:
            print("inner finally", kind)
    except IndexError as e:
        print("outer handled", e, "context:", repr(e.__context__))
    except TypeError as e:
        print("outer type", e)
    else:
        print("outer else", kind)
