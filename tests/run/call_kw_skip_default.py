"""Keyword calls that skip a defaulted parameter (f(x, c=1) for
def f(a, b=2, c=3)) call the native clone, with the skipped parameters'
defaults read from __defaults__ at the call; keyword values are evaluated
in source order. Rebinding __defaults__ (longer, shorter, to objects),
rebinding the function and bad keywords behave as in CPython."""
# expect-c: , d1, r
# expect: scale(int, int, int, float) -> float native


def scale(a, b=2, c=3, d=0.5):
    return a * 100 + b * 10 + c + d


def pick(x, y=[1], z="s", w=None):
    return (x, y, z, w)


def side(tag, v):
    print("eval", tag)
    return v


def loop(n):
    t = 0.0
    for i in range(n):
        t += scale(i, c=1)
        t += scale(i, d=2.0, b=i)
        t += scale(a=i, c=7)
        t += scale(i, 1, d=i * 0.25)
    return t


def main():
    print(loop(1000))
    print(pick(1, z="q"), pick(z=5, x=2), pick(3, w=4))
    print(pick(1, w=side("w", 1), z=side("z", 2)))
    print(scale(1, d=0), scale(1, c=-5, d=1))
    big = 2**70
    print(scale(big, c=big))
    print(scale(1.5, c=2))
    scale.__defaults__ = (9, 8, 7)
    print(scale(1, c=0), scale(1, d=1))
    scale.__defaults__ = ("x", [], 1.25)
    try:
        print(scale(1, c=0))
    except TypeError as e:
        print("TypeError:", e)
    scale.__defaults__ = (1,)
    try:
        print(scale(1, c=0))
    except TypeError as e:
        print("TypeError:", e)
    scale.__defaults__ = None
    try:
        print(scale(1, d=0))
    except TypeError as e:
        print("TypeError:", e)
    try:
        scale(1, b=2, q=3)
    except TypeError as e:
        print("TypeError:", e)
    try:
        scale(1, a=2, c=3)
    except TypeError as e:
        print("TypeError:", e)
    y = pick(0)[1]
    y.append(2)
    print(pick(0, w=1))


seen = []


def replaced(*args, **kwargs):
    seen.append((args, list(kwargs.items())))
    return len(args) + len(kwargs) * 10.0


main()
globals()["scale"] = replaced
print(loop(2))
print(seen)
