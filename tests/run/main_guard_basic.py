# The __name__ == "__main__" guard.
def main():
    print("running main, __name__ =", __name__)
    return 0


def helper():
    return "helper"


if __name__ == "__main__":
    main()
    print(helper())
else:
    print("imported, not run")
print("module body always runs")
