# return, break and continue interacting with finally.
def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"


def finally_overrides_exception():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")


print(ret_in_finally(), finally_overrides_exception(), order())
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
n = 0
while True:
    try:
        n += 1
        if n == 2:
            break
    finally:
        print("cleanup", n)
