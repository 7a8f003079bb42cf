log = []
def _enter(self):
    log.append("enter " + self.name)
    return self.name
def _exit(self, et, ev, tb):
    log.append("exit %s %s" % (self.name, et.__name__ if et else None))
    return self.swallow
def _init(self, name, swallow=False):
    self.name = name
    self.swallow = swallow
CM = type("CM", (), {"__init__": _init, "__enter__": _enter, "__exit__": _exit})
def f(target):
    with CM("outer") as o:
        try:
            for i in range(3):
                with CM("in%d" % i):
                    for j in range(3):
                        try:
                            if (i, j) == target:
                                return (o, i, j)
                        finally:
                            log.append("fin %d%d" % (i, j))
        finally:
            log.append("outer finally")
    return "fell through"
print(f((1, 1)), log); log.clear()
print(f((9, 9)), len(log)); log.clear()
def g():
    with CM("swallow", True):
        try:
            return 1 / 0
        finally:
            log.append("g finally")
    return "after swallow"
print(g(), log); log.clear()
def h():
    for i in range(3):
        with CM("h%d" % i):
            try:
                if i == 1:
                    continue
                if i == 2:
                    break
            finally:
                log.append("hf%d" % i)
    return i
print(h(), log); log.clear()
def k():
    try:
        with CM("k"):
            return "value"
    finally:
        log.append("k outer finally")
print(k(), log)
