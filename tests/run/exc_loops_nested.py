# Nested try inside loops with break/continue at every level.
def run():
    log = []
    for i in range(4):
        try:
            for j in range(4):
                try:
                    if j == 0:
                        continue
                    if j == 2 and i % 2:
                        break
                    if j == 3:
                        raise ValueError(i, j)
                    log.append(("body", i, j))
                except ValueError as e:
                    log.append(("inner-exc", e.args))
                    if i == 2:
                        break
                    continue
                else:
                    log.append(("inner-else", i, j))
                finally:
                    log.append(("inner-fin", i, j))
            else:
                log.append(("for-else", i))
            if i == 3:
                break
        finally:
            log.append(("outer-fin", i))
    return log

for entry in run():
    print(entry)

def while_try():
    n = 0
    out = []
    while n < 6:
        n += 1
        try:
            try:
                if n % 3 == 0:
                    raise KeyError(n)
            finally:
                out.append("f%d" % n)
                if n == 5:
                    continue
        except KeyError as k:
            out.append("k%s" % k)
            continue
        out.append("end%d" % n)
    return out

print(while_try())
