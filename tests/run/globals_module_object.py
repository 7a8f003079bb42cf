import sys

mod = sys.modules[__name__]

def read_x():
    return X

def read_y():
    try:
        return Y
    except NameError as e:
        return "NameError: " + str(e)

X = 1
print(read_x())
mod.X = 2
print(read_x(), X)
setattr(mod, "Y", "via setattr")
print(read_y())
delattr(mod, "Y")
print(read_y())
globals()["Y"] = "via globals"
print(read_y())
del Y
print(read_y())
exec("Y = 'via exec'")
print(read_y())
mod.__dict__.update(X=10, Y=20)
print(read_x() + read_y())

def helper():
    return "helper"
def call_helper():
    return helper()
print(call_helper())
mod.helper = lambda: "patched"
print(call_helper())
del mod.helper
try:
    call_helper()
except NameError as e:
    print(e)
def helper():
    return "redefined"
print(call_helper())
print(getattr(mod, "call_helper")())
