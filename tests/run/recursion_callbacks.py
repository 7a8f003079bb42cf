# Recursion that passes through callbacks (sorted's key, map) is counted:
# runaway recursion raises RecursionError instead of crashing, and a deep
# recursion that has returned leaves no depth behind for later callbacks.
import sys


def ident(x):
    return x


def deep(n):
    if n == 0:
        return sorted([3, 1, 2], key=ident)
    return deep(n - 1)


def runaway(n):
    return sorted([n], key=runaway)


def via_map(n):
    return list(map(via_map, [n + 1]))


def count_down(n):
    if n == 0:
        return 0
    return list(map(count_down, [n - 1]))[0] + 1


print(deep(900))
for _ in range(3):
    print(deep(400), count_down(150))
try:
    runaway(1)
except RecursionError as e:
    print("runaway:", type(e).__name__)
try:
    via_map(1)
except RecursionError as e:
    print("via_map:", type(e).__name__)
print(deep(900), count_down(200))
sys.setrecursionlimit(400)
try:
    deep(1000)
except RecursionError:
    print("limit 400 honoured")
print(deep(300))
sys.setrecursionlimit(1000)
