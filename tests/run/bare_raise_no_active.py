# A bare raise with no exception being handled raises RuntimeError at
# that line, with an entry for its frame; with one being handled it
# re-raises it without a new entry.
import traceback


def frames(e):
    return [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)]


def no_active():
    raise


def in_finally():
    try:
        pass
    finally:
        raise


def reraise_active():
    try:
        1 / 0
    except ZeroDivisionError:
        raise


for fn in (no_active, in_finally, reraise_active):
    try:
        fn()
    except Exception as e:
        print(fn.__name__, type(e).__name__, e, frames(e))
raise
