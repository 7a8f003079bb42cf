import sys, atexit
def _exit(self, et, ev, tb):
    print("exit sees", et.__name__ if et else None, ev.code if et is SystemExit else "")
    return False
def _enter(self):
    print("enter")
    return self
CM = type("CM", (), {"__enter__": _enter, "__exit__": _exit})
atexit.register(lambda: print("atexit hook"))
def inner(code):
    with CM():
        try:
            raise SystemExit(code)
        except SystemExit as e:
            print("caught", e.code, e.args)
            raise
def middle():
    try:
        inner("goodbye message")
    except BaseException as e:
        print("middle saw", type(e).__name__, isinstance(e, Exception))
        raise
    finally:
        sys.stdout.write("middle finally\n")
def outer():
    try:
        return middle()
    finally:
        print("outer finally")
print("start")
outer()
print("unreachable")
