# A failed import shows no importlib frames in its traceback: CPython
# trims them from the pending traceback, and the compiled frame's entry
# must not bring them back (caught, and uncaught at the end).
import traceback


def load(name):
    import importlib
    if name == "a":
        import no_such_module_a
    from os import no_such_name
    return importlib


for n in ["a", "b"]:
    try:
        load(n)
    except ImportError as e:
        print(type(e).__name__, e)
        for fs in traceback.extract_tb(e.__traceback__):
            print(" ", fs.name, fs.lineno, fs.filename == __file__)


def main():
    import no_such_module_main


main()
