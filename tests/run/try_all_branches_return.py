log = []
def f(mode):
    try:
        log.append("try")
        if mode == "raise":
            raise KeyError(mode)
        if mode == "return":
            return "from try"
    except KeyError:
        log.append("except")
        return "from except"
    else:
        log.append("else")
        return "from else"
    finally:
        log.append("finally")
        if mode == "override":
            return "from finally"
for m in ("raise", "return", "plain", "override"):
    log.clear()
    print(m, f(m), log)
def g(n):
    try:
        return n
    finally:
        n += 100
        print("finally sees", n)
print(g(1))
def h():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print("fin", i)
    return -1
print(h())
def k():
    try:
        try:
            return "inner"
        finally:
            raise ValueError("replaced")
    except ValueError as e:
        return "outer " + str(e)
    else:
        return "never"
    finally:
        print("k finally")
print(k())
def z():
    while True:
        try:
            return "ret"
        finally:
            break
    return "after break"
print(z())
