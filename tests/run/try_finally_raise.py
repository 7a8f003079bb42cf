# An exception raised inside a finally body leaves the try statement: the
# finally body runs once, and the exception (with its context) propagates.
log = []


def body(tag):
    log.append(tag)
    raise IndexError(tag)


for i in range(3):
    try:
        try:
            pass
        finally:
            body("normal")
    except IndexError as e:
        print("caught", e, e.__context__)


def f():
    try:
        raise KeyError("a")
    finally:
        body("exceptional")


for i in range(3):
    try:
        f()
    except IndexError as e:
        print("caught", e, repr(e.__context__))

print(log)
