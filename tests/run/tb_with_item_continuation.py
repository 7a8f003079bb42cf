"""An error in a with item's __enter__ (or a missing __exit__) when the
item is on a later line than `with`: 3.9-3.12 report the `with` line,
3.13 the item's line, in tracebacks and traceback.extract_tb alike."""
import traceback


def bad_enter(self):
    raise RuntimeError("enter failed")


CM = type("CM", (), {"__enter__": bad_enter, "__exit__": lambda s, *a: None})
NoExit = type("NoExit", (), {"__enter__": lambda s: s})


def backslash():
    with open(__file__) as a, \
         CM() as b:
        pass


def parenthesized():
    with (open(__file__) as a,
          CM() as b):
        pass


def missing_exit():
    with open(__file__) as a, \
         NoExit() as b:
        pass


def lone_item():
    with \
         CM():
        pass


def same_line():
    with CM():
        pass


for f in (backslash, parenthesized, missing_exit, lone_item, same_line):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, [(x.name, x.lineno)
                                 for x in traceback.extract_tb(e.__traceback__)])
backslash()
