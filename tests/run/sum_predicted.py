"""sum(xs) of a list predicted to hold floats (ints) is a predicted float
(int): an empty list's sum is the int 0 and a list that turns out to hold
something else gives what CPython gives."""


def norm(xs):
    total = sum(xs)
    out = [x / total for x in xs]
    return total, out


def isum(ns):
    t = sum(ns)
    return t * 2 + 1, t > 3


def run():
    print(norm([1.0, 2.0, 5.0]))
    print(norm([0.1] * 10))
    print(isum([1, 2, 3]), isum([]), isum([2**62, 2**62]), isum([-5]))
    try:
        print(norm([]))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(isum(["a"]))
    except TypeError as e:
        print("TypeError:", e)


run()
