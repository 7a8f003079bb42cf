"""Switching to the general copy in the middle of an expression must not repeat
side effects already done: tuples, chained comparisons, walrus loops, subscript
aug-assign, f-strings, with blocks, comprehensions, multi-target assigns."""
log = []
def side(tag, v):
    log.append(tag)
    return v

def args_then_big(x):
    r = (side("a", 1), x * x * x, side("b", 2), x << 40)
    return r

print(args_then_big(3), args_then_big(2**21), log)
log.clear()

def chained(a, b, c):
    return side("l", a) < b * c < side("r", 2**70), a < b * c <= c * c

print(chained(1, 2**40, 2**40), chained(1, 3, 4), log)
log.clear()

def walrus(n):
    out = []
    x = 1
    while (y := x * n) < 10**30:
        out.append(side(y % 10, y % 7))
        x = y
    return out, y % 1000, x % 1000

print(walrus(2**20), walrus(3), len(log))
log.clear()

def sub_aug(lst, k):
    for i in range(len(lst)):
        lst[i] += k * lst[i]
        lst[i] *= side(i, k)
    return lst

print(sub_aug([1, 2, 3], 2**40), sub_aug([1, -1], 3), log)
log.clear()

def fstr(x):
    y = x * x
    return f"{side('f', y)}:{y * y:x}:{y:_}"

print(fstr(10), fstr(2**30), log)
log.clear()

def _enter(self):
    log.append("enter " + self.tag)
    return self.tag

def _exit(self, *exc):
    log.append("exit " + self.tag)
    return False

CM = type("CM", (), {"__enter__": _enter, "__exit__": _exit})

def cm(tag):
    c = CM()
    c.tag = tag
    return c

def with_big(x):
    with cm("w") as t:
        y = x * 2**40
        z = y * y
    return t, z % 1000, z.bit_length()

print(with_big(1), with_big(2**30), log)
log.clear()

def comp_big(n):
    a = [i * 2**60 for i in range(n)]
    b = {i: i << 62 for i in range(n)}
    c = [x // 2**59 for x in a if x > 2**61]
    return a, sorted(b.values())[-1], c

print(comp_big(4))

def multi_target(x, y):
    a = b = x * y
    c, d = x * x, side("md", y - x)
    a += 1
    return a, b, c, d

print(multi_target(3, 4), multi_target(2**31, 2**32), log)
