"""Uncaught OverflowError from an int->float mix deep inside nested numeric calls."""
def grow(x, n):
    for i in range(n):
        x = x * x + i
    return x

def mix(x, f):
    t = 0.0
    for k in range(3):
        t += f * k
        t = t + x
    return t

def level2(n):
    big = grow(3, n)
    print("digits", len(str(big)))
    return mix(big, 0.25)

def level1(ns):
    out = []
    for n in ns:
        out.append(level2(n))
        print("ok", n, out[-1])
    return out

level1([1, 2, 5, 6, 7, 8, 9, 10])
