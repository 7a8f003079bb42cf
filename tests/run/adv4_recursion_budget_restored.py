"""RecursionError caught repeatedly at different depths; the budget must come back each time."""
import sys

def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)

def runaway(n):
    return runaway(n + 1) + 1

def via_map(n):
    if n <= 0:
        return [0]
    return list(map(via_map, [n - 1]))[0] + [n]

def catch_at(n, limit):
    if n >= limit:
        try:
            return runaway(0)
        except RecursionError:
            return -n
    return catch_at(n + 1, limit)

def caught_in_handler(n):
    try:
        return runaway(n)
    except RecursionError:
        try:
            return down(200)
        except RecursionError:
            return "nested fail"

print(sys.getrecursionlimit())
for rnd in range(3):
    print(rnd, down(800), len(via_map(300)), catch_at(0, 10 + rnd * 100))
    try:
        runaway(0)
    except RecursionError:
        print("runaway caught", down(850))
print(caught_in_handler(0), down(900))
def float_rec(x, n):
    if n == 0:
        return x
    return float_rec(x * 1.0001 + 0.5, n - 1)
print(float_rec(1.0, 500), float_rec(3, 400))
def bump_limit():
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(3000)
    try:
        return down(2500)
    finally:
        sys.setrecursionlimit(old)
print(bump_limit(), down(900))
try:
    down(5000)
except RecursionError:
    print("deep fails", down(900))
