# Only the selected branch of a conditional expression is evaluated.
log = []


def side(tag, value):
    log.append(tag)
    return value


r1 = side("then", 1) if side("cond", True) else side("else", 2)
print(r1, log)
log.clear()
r2 = side("then", 1) if side("cond", 0) else side("else", 2)
print(r2, log)
d = {}
safe = d["k"] if "k" in d else "absent"
print(safe)
n = 0
print(10 / n if n else "no division")
