# Rebinding a global function at run time changes what callers call.
def helper(x):
    return x + 1


def caller(x):
    return helper(x) * 10


def replacement(x):
    return x - 1


print(caller(5))
globals()["helper"] = replacement
print(caller(5))
helper = lambda x: x * 100
print(caller(5))
del globals()["helper"]
try:
    caller(5)
except NameError as e:
    print("NameError:", e)


def helper(x):
    return 0


print(caller(5))
