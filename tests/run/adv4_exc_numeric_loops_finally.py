"""Exceptions raised mid inner numeric loop; finally with break/continue/return in loops."""
def inner(n, bad):
    acc = 0
    for j in range(n):
        acc += 10 // (j - bad)
        acc *= 3
    return acc

def outer(rows):
    res = []
    for r in range(rows):
        try:
            res.append(inner(6, r))
        except ZeroDivisionError as e:
            res.append(("zde", r, str(e)))
    return res
print(outer(8))

def fin_break():
    log = []
    total = 0
    for i in range(10):
        try:
            total += i * 2**61
            if total > 2**63:
                break
        finally:
            log.append(total)
    return total, log
print(fin_break())

def fin_continue():
    log = []
    for i in range(6):
        try:
            if i % 2:
                continue
            log.append(1.0 / (i - 4))
        except ZeroDivisionError:
            log.append("z")
            continue
        finally:
            log.append(-i)
        log.append("tail")
    return log
print(fin_continue())

def fin_return_override(n):
    for i in range(n):
        try:
            try:
                return i / (i - 2)
            finally:
                if i < 2:
                    continue
        except ZeroDivisionError:
            return "caught at %d" % i
    return "fell off"
print(fin_return_override(0), fin_return_override(2), fin_return_override(5))

def finally_swallow(n):
    out = []
    i = 0
    while i < n:
        i += 1
        try:
            try:
                raise ValueError(i)
            finally:
                if i % 2:
                    break
        except ValueError as e:
            out.append(e.args[0])
    return out, i
print(finally_swallow(1), finally_swallow(5))

