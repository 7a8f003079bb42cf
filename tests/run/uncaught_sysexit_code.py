# sys.exit with an integer code.
import sys


def finish(code):
    print("exiting with", code)
    sys.exit(code)


try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", e.code)
finish(3)
print("not reached")
