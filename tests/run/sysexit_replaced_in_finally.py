import sys
def f():
    try:
        sys.exit(4)
    finally:
        print("finally raising instead")
        raise KeyError("replaced")
def g():
    try:
        f()
    except KeyError as e:
        print("caught", repr(e), type(e.__context__).__name__, e.__context__.code)
    try:
        try:
            sys.exit(5)
        finally:
            return "return swallowed exit"
    finally:
        print("g finally")
print(g())
def h(n):
    if n == 0:
        try:
            sys.exit(n + 7)
        finally:
            print("depth", n)
    try:
        h(n - 1)
    finally:
        print("depth", n)
h(3)
