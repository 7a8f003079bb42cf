# Defaults mutated between calls, __defaults__/__kwdefaults__ reassigned.
def acc(x, bucket=[]):
    bucket.append(x)
    return bucket

print(acc(1), acc(2), acc(3, []), acc(4))
print(acc.__defaults__)

def f(a, b=10, c=20):
    return a, b, c

print(f(1))
f.__defaults__ = (100, 200)
print(f(1), f(1, 2))
f.__defaults__ = (7,)
print(f(1, 2))
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = None
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = (1, 2, 3)
print(f())

def k(a, *, key=1, other):
    return a, key, other

print(k.__kwdefaults__)
print(k(0, other=2))
k.__kwdefaults__ = {"key": "new", "other": "o"}
print(k(0))
k.__kwdefaults__ = None
try:
    k(0)
except TypeError as e:
    print("TypeError:", e)

# defaults evaluated once at def time
counter = [0]
def next_id():
    counter[0] += 1
    return counter[0]

def make(x=next_id()):
    return x
print(make(), make(), counter)

# default referencing a global that changes later
G = "first"
def use_g(v=G):
    return v, G
G = "second"
print(use_g())

# bad __defaults__ type
try:
    f.__defaults__ = [1, 2]
except TypeError as e:
    print("TypeError:", e)
