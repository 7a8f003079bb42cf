"""Defaults, __defaults__/__kwdefaults__ mutation, and argument errors on direct-called defs."""
def scale(x, k=2, *, off=0):
    return x * k + off

def use(n):
    out = []
    for i in range(n):
        out.append(scale(i))
        out.append(scale(i, 3))
        out.append(scale(i, 0.5, off=1))
    return out

print(use(3))
scale.__defaults__ = (2**62,)
print(use(3))
scale.__kwdefaults__ = {"off": -0.25}
print(use(2))
scale.__defaults__ = None
try:
    print(use(2))
except TypeError as e:
    print("TypeError:", e)
scale.__defaults__ = ("ab",)
try:
    print(use(2))
except TypeError as e:
    print("TypeError:", e)
scale.__kwdefaults__ = None
try:
    scale(3, 4)
except TypeError as e:
    print("TypeError:", e)

def two(a, b):
    return a - b
def call_two():
    r = []
    for i in range(3):
        r.append(two(i, 10))
    return r
print(call_two())
for args, kw in [((1,), {}), ((1, 2, 3), {}), ((1,), {"b": 2, "c": 3}), ((), {"a": 1, "b": 2}), ((1,), {"a": 2})]:
    try:
        print(two(*args, **kw))
    except TypeError as e:
        print("TypeError:", e)

def posonly(a, b=5, /, c=7):
    return a * 100 + b * 10 + c
print(posonly(1), posonly(1, 2), posonly(1, 2, 3), posonly(1, c=0))
try:
    posonly(1, b=2)
except TypeError as e:
    print("TypeError:", e)
posonly.__defaults__ = (2**63, 0.5)
print(posonly(1), posonly(1, 2))
def mut_default(x, acc=[]):
    acc.append(x)
    return len(acc), sum(acc)
for i in range(4):
    print(mut_default(i * 2**61))
print(mut_default.__defaults__[0][-1])
