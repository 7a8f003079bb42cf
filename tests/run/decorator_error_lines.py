"""A decorator that raises, or returns something that is not callable
for the next one, is reported at its own `@` line (3.11+; 3.9/3.10 report
the def line), at module level and inside functions."""
import traceback


def deco(fn):
    return fn


def bad(fn):
    raise ValueError(fn.__name__)


def not_callable(fn):
    return 42


def outer():
    @deco
    @bad
    @deco
    def target():
        pass


def outer2():
    @not_callable
    @deco
    def f():
        pass
    return f


def outer3():
    @deco
    @not_callable
    def g():
        pass


for fn in (outer, outer2, outer3):
    try:
        print(fn())
    except Exception as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(type(e).__name__, e, [(t.name, t.lineno) for t in tb])


@deco
@bad
def top():
    pass
