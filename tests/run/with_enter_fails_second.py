log = []

def enter_ok(self):
    log.append("enter " + self.name)
    return self.name

def enter_bad(self):
    log.append("enter-fail " + self.name)
    raise ValueError("no enter " + self.name)

def exit_(self, t, v, tb):
    log.append("exit %s %s" % (self.name, t.__name__ if t else None))
    return False

def make(name, ok=True):
    C = type("CM", (), {"__enter__": enter_ok if ok else enter_bad, "__exit__": exit_})
    c = C()
    c.name = name
    return c

def run():
    with make("a") as a, make("b", False) as b, make("c") as c:
        log.append("body")

try:
    run()
except ValueError as e:
    log.append("caught " + str(e))
print(log)
log.clear()

with make("x") as x, make("y") as y:
    log.append(x + y)
print(log)
log.clear()

def bad_target():
    d = {}
    with make("p") as d["k"], make("q") as d[undefined_name]:
        log.append("body")
try:
    bad_target()
except NameError as e:
    log.append(str(e))
print(log)
