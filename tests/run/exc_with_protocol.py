# with-statement protocol on type()-made classes: errors in __enter__/__exit__, suppression.
log = []

def cm_init(self, name, suppress=False, fail_enter=False, fail_exit=False):
    self.name = name
    self.suppress = suppress
    self.fail_enter = fail_enter
    self.fail_exit = fail_exit

def cm_enter(self):
    log.append("enter " + self.name)
    if self.fail_enter:
        raise RuntimeError("enter failed: " + self.name)
    return self.name.upper()

def cm_exit(self, et, ev, tb):
    log.append("exit %s %s %s" % (self.name, et.__name__ if et else None, tb is not None))
    if self.fail_exit:
        raise KeyError("exit failed: " + self.name)
    return self.suppress

CM = type("CM", (), {"__init__": cm_init, "__enter__": cm_enter, "__exit__": cm_exit})

with CM("a") as v:
    log.append("body " + v)
print(log); log.clear()

with CM("s", suppress=True):
    raise ValueError("suppressed")
print("after suppressed", log); log.clear()

try:
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        log.append("body")
except RuntimeError as e:
    print("RuntimeError", e, log)
log.clear()

try:
    with CM("x", fail_exit=True):
        raise ValueError("orig")
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__), log)
log.clear()

# outer suppresses the inner's exception
with CM("outer", suppress=True), CM("inner"):
    raise IndexError("idx")
print("outer suppressed", log); log.clear()

# __exit__ return value truthiness (non-bool)
def exit_one(self, *a):
    return 1
CM1 = type("CM1", (), {"__enter__": lambda self: self, "__exit__": exit_one})
with CM1():
    raise TypeError
print("int 1 suppresses")

# return inside with calls __exit__
def f():
    with CM("ret"):
        return "returned"
print(f(), log); log.clear()

# break/continue inside with in a loop
for i in range(3):
    with CM(str(i)):
        if i == 0:
            continue
        if i == 1:
            break
print(log); log.clear()

# object missing __exit__
NoExit = type("NoExit", (), {"__enter__": lambda self: self})
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
