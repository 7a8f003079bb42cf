"""Short copy -> general copy transitions inside try/except/finally, with
break/continue/else and locals used after the switch."""

def in_try(n, k):
    acc = 1
    log = []
    for i in range(n):
        try:
            acc = acc * k + i
            if i % 3 == 0:
                continue
            log.append(acc % 1000)
        except OverflowError:
            log.append("ovf")
        finally:
            log.append(i)
        if acc > 10**40:
            break
    else:
        log.append("else")
    return acc, log

print(in_try(10, 7))
print(in_try(40, 2**20))
print(in_try(200, 3))

def finally_switch(x):
    out = []
    try:
        try:
            y = x << 70
            out.append(y)
            z = y // x if x else 0
            out.append(z)
        finally:
            w = x * 2 ** 61
            out.append(w)
        out.append(1 // x)
    except ZeroDivisionError as e:
        out.append(("zde", str(e)))
    return out

for v in (0, 1, -1, 3, 2**62, -(2**63)):
    print(v, finally_switch(v))

def except_switch(a):
    t = a
    try:
        t = t * t * t
        if t > 2**62:
            raise ValueError(t)
        r = t + 1
    except ValueError as e:
        r = e.args[0] - 2**62
        t = 5
    else:
        t = 6
    return r, t, r + t, r * t

for a in (3, 2**20, 2**21, -(2**21), 1 << 40):
    print(a, except_switch(a))

def while_else(n):
    i = 0
    s = 0
    while i < n:
        s = s * 31 + i
        i += 1
        if s < 0:
            break
    else:
        s = s - (s >> 3)
    return i, s, s % 97

print(while_else(5), while_else(13), while_else(30))
