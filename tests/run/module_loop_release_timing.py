"""A module loop that rebinds a global holding an object with __del__ (or
a weakref finalizer) releases it at that store, as CPython does: such a
loop runs as written instead of keeping its globals in registers."""
import weakref

D = type("D", (), {"__del__": lambda self: print("del at y =", y)})
x = D()
y = 0
for i in range(3):
    y += 1
    if y == 1:
        x = 0
print("end", y)


def cb():
    print("finalizer sees y =", y, "x =", x)


holder = type("H", (), {})
obj = holder()
weakref.finalize(obj, cb)
x = obj
del obj
y = 0
for i in range(10):
    y += 1
    if y == 5:
        x = 0
print("end", x, y)
# plain values before and after: the loop keeps its registers
total = 0
for i in range(100000):
    total += i % 7
print(total)
