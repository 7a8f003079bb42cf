# Rebinding/deleting a module-level function while it runs; functions in containers.
def countdown(n):
    global countdown
    if n == 2:
        countdown = lambda m: ["replaced", m]
    if n == 0:
        return ["end"]
    return [n] + countdown(n - 1)

orig = countdown
print(orig(4))
print(countdown(9))

def victim():
    return "victim"

def caller():
    return victim()

print(caller())
del victim
try:
    caller()
except NameError as e:
    print("NameError:", e)

def victim():
    return "victim is back"
print(caller())

# functions stored in dicts and lists
def add(a, b): return a + b
def sub(a, b): return a - b
ops = {"+": add, "-": sub, "*": lambda a, b: a * b}
print([ops[o](7, 3) for o in "+-*"])
table = [add, sub]
table[0], table[1] = table[1], table[0]
print(table[0](1, 1), table[1](1, 1))

# decorator that replaces function with a non-function
def to_value(fn):
    return fn()

@to_value
def computed():
    return 42
print(computed, type(computed).__name__)

def as_dict(fn):
    return {"name": fn.__name__}

@as_dict
@to_value
def inner_name():
    return lambda: None
print(inner_name)

# decorator order and evaluation order of decorator expressions
log = []
def applier(fn):
    log.append("apply " + fn.__name__)
    return fn

def deco(tag):
    log.append("make " + tag)
    return applier

@deco("a")
@deco("b")
def decorated():
    return "d"
print(decorated(), log)

# recursion at module level via a global name that changes
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
fast = fact
def fact(n):
    return -1
print(fast(5))
