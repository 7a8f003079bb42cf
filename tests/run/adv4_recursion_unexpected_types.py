"""Recursive int-specialized functions later called with str/list/None/float/big ints."""
import sys

def fact(n):
    if n <= 1:
        return n
    return n * fact(n - 1)

def summ(n):
    return 0 if n == 0 else n + summ(n - 1)

def power_rec(b, e):
    if e == 0:
        return 1
    h = power_rec(b, e // 2)
    return h * h * (b if e % 2 else 1)

for i in range(8):
    print(i, fact(i), summ(i), power_rec(i, 21))
print(fact(25), power_rec(-3, 41), power_rec(2, 64), power_rec(2.5, 11))
print(fact(3.5), fact(True), fact(False), summ(True))
print(power_rec(3.0, 3), power_rec(-1, 10**20))
for bad in ("abc", None, [3], (1, 2)):
    try:
        print(fact(bad))
    except TypeError as e:
        print("TypeError:", e)
for bad in (-1, 2.5, 10**6):
    try:
        print(summ(bad))
    except RecursionError as e:
        print("RecursionError:", str(e)[:29])
print(summ(50), fact(20))

def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(d > 100, summ(100))

def ping(n):
    return "done" if n == 0 else pong(n - 1)
def pong(n):
    return ping(n) if n % 3 else ping(n - 1) if n else "pong-done"
print(ping(10), ping(11), pong(12))
try:
    ping(-1)
except RecursionError:
    print("mutual RecursionError")
print(ping(7))
