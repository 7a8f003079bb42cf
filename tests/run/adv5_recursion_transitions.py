"""Runaway recursion whose every level leaves the short copy (big ints, float
ops on ints), recursion with a float/int default accumulator, lower limits."""
import sys

def grow(n, x):
    y = x * x + 1
    if n == 0:
        return y.bit_length()
    return grow(n - 1, y % (2**200)) + 1

def runaway_big(x):
    y = x * 2**62
    return runaway_big(y + 1) + 1

def runaway_float(x):
    y = x / 3.0
    return runaway_float(y * 2) + 1.5

def runaway_mix(x, n):
    if n % 7 == 0:
        x = x * 10**20
    return runaway_mix(x, n + 1) + 1

for fn, a in ((runaway_big, (1,)), (runaway_float, (1.0,)), (runaway_mix, (1, 0)), (runaway_mix, (1.5, 1))):
    try:
        fn(*a)
    except RecursionError:
        print(fn.__name__, "RecursionError")
print(grow(10, 3), grow(500, 2**70))

def deep_then_big(n):
    if n == 0:
        return 2**62
    r = deep_then_big(n - 1)
    return r * 2 - r + n

print(deep_then_big(900))
sys.setrecursionlimit(300)
try:
    deep_then_big(900)
except RecursionError:
    print("limited")
try:
    print(grow(250, 5))
except RecursionError:
    print("grow limited")
sys.setrecursionlimit(1000)
print(grow(900, 5), deep_then_big(950))

def acc_rec(n, acc=1.5):
    if n == 0:
        return acc
    return acc_rec(n - 1, acc * 1.5 if n % 2 else acc + n)

print(acc_rec(200), acc_rec(20, 2), acc_rec(20, 10**30))
try:
    acc_rec(10**5)
except RecursionError:
    print("acc_rec limited", acc_rec(10))
