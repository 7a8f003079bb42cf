# A float local updated in place with an unknown right side reports the
# in-place operator (+=, -=, /=) when the right side is not a number.
def acc_add(x):
    t = 0.5
    t += x * 2
    return t


def acc_sub(x):
    t = 0.5
    y = x * 2
    t -= y
    return t


def acc_div(x):
    t = 0.5
    t /= x * 2
    return t


for fn in (acc_add, acc_sub, acc_div):
    for v in ("s", [1]):
        try:
            fn(v)
        except TypeError as e:
            print(fn.__name__, e)
