"""Same name defined twice with different return kinds; callers specialized on the first."""
import sys

def val(n):
    return n * 2

def user(k):
    t = 0
    for i in range(k):
        t += val(i)
    return t

print(user(5))

def val(n):
    return n * 0.5

print(user(5))

if len(sys.argv) < 100:
    def val(n):
        return str(n)
else:
    def val(n):
        return n

try:
    print(user(5))
except TypeError as e:
    print("TypeError:", e)

def val(n):
    return [n] if n % 2 else n
try:
    print(user(4))
except TypeError as e:
    print("TypeError:", e)

def fl(x):
    return x + 0.5

def fuser(n):
    acc = 0.0
    for i in range(n):
        acc = acc + fl(i) * 2
    return acc
print(fuser(4))
def fl(x):
    return x + 2**62
print(fuser(4))
def fl(x):
    return (x, )
try:
    print(fuser(4))
except TypeError as e:
    print("TypeError:", e)
def fl(x):
    return "s%d" % x
try:
    print(fuser(3))
except TypeError as e:
    print("TypeError:", e)
