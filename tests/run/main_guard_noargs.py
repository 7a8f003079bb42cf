# sys.argv without extra arguments; exit status from main's return value.
import os
import sys


def main():
    args = sys.argv[1:]
    print("basename:", os.path.basename(sys.argv[0]), "args:", args)
    if not args:
        print("usage: main_guard_noargs.py FILE", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
