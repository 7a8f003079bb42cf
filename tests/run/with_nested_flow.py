log = []

def enter(self):
    log.append("+" + self.name)
    return self.name
def exit_(self, t, v, tb):
    log.append("-" + self.name + ("!" if t else ""))
    return self.name == "swallow" and t is not None
CM = type("CM", (), {"__enter__": enter, "__exit__": exit_})
def cm(name):
    c = CM()
    c.name = name
    return c

def f(n):
    for i in range(n):
        with cm("outer%d" % i):
            with cm("inner"):
                if i == 0:
                    continue
                if i == 2:
                    break
                with cm("swallow"):
                    raise ValueError
            log.append("after inner %d" % i)
    with cm("ret") as r:
        with cm("ret2"):
            return r + "!"

print(f(4))
print(log)
log.clear()

def g():
    while True:
        with cm("w"):
            try:
                with cm("swallow"):
                    1 / 0
                return "x"
            finally:
                log.append("finally")
print(g(), log)
log.clear()

def h():
    with cm("swallow"):
        return 1 / 0
    return "fell through"
print(h(), log)
