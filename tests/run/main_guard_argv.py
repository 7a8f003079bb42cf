# sys.argv handling with extra command-line arguments.
# args: alpha 42 --flag "two words"
import os
import sys


def main(argv):
    print("script:", os.path.basename(argv[0]))
    print("count:", len(argv) - 1)
    for i, a in enumerate(argv[1:], 1):
        print(i, repr(a))
    nums = [int(a) for a in argv[1:] if a.isdigit()]
    print("numbers:", nums, "flag" if "--flag" in argv else "no flag")
    return len(argv)


if __name__ == "__main__":
    rc = main(sys.argv)
    print("rc", rc)
