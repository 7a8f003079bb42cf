# Runaway recursion raises RecursionError, which can be caught.
def down(n):
    return down(n + 1) + 1


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    return mutual_a(n + 1)


for fn in [down, mutual_a]:
    try:
        fn(0)
        print("no error")
    except RecursionError as e:
        print(fn.__name__, type(e).__name__, "maximum recursion depth exceeded" in str(e))
print("still alive", down.__name__)


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(300))
