# Module globals shadowing builtins after functions are defined; globals changing type.
import builtins

def use_range(n):
    out = []
    for i in range(n):
        out.append(i)
    return out

def use_len(x):
    return len(x) + 1

print(use_range(3), use_len("ab"))

def range(n):
    return ["fake", n]

def len(x):
    return -1

print(use_range(3), use_len("ab"))
del range
del len
print(use_range(3), use_len("ab"))

counter = 0
def bump():
    global counter
    counter += 1

def loop():
    total = 0
    for _ in [1, 2, 3]:
        bump()
        total += counter
    return total

print(loop(), counter)
counter = 2 ** 64
print(loop(), counter)
counter = 0.5
print(loop(), counter)
globals()["counter"] = "s"
try:
    loop()
except TypeError as e:
    print("TypeError:", e)

SCALE = 3
def scaled(v):
    return v * SCALE
print(scaled(2))
SCALE = "x"
print(scaled(2))
SCALE = [0]
print(scaled(2))

orig_abs = builtins.abs
builtins.abs = lambda v: "patched"
def call_abs():
    return abs(-3)
print(call_abs())
builtins.abs = orig_abs
print(call_abs())

def uses_undefined():
    return not_defined_yet * 2
try:
    uses_undefined()
except NameError as e:
    print("NameError:", e)
not_defined_yet = 21
print(uses_undefined())
del not_defined_yet
try:
    uses_undefined()
except NameError as e:
    print("NameError:", e)

def shadow_local():
    try:
        print(x_local)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x_local = 1
    return x_local
x_local = "global"
print(shadow_local())
