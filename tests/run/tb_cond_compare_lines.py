# A comparison that decides a branch (if, while, assert, conditional
# expression, comprehension condition, under and/or/not) raises at its own
# line when it is on a later line than the construct's start.
import traceback


def lines(e):
    return [f.lineno for f in traceback.extract_tb(e.__traceback__)][1:]


def in_if(y):
    if (
            y > 0):
        return 1
    return 0


def in_while(y):
    while (y and
           y > 0):
        return 1
    return 0


def in_assert(y):
    assert (y and
            not y < 1)


def in_ifexp(y):
    return (1
            if y > 0
            else 2)


def in_comp(xs, y):
    return [1 for q in xs
            if y > q]


def truthiness(y):
    if (
            y):
        return 1


Bad = type("Bad", (), {"__bool__": lambda self: 1 // 0})


def while_truth(y):
    while (
            y):
        return 1


cases = [(in_if, ("s",)), (in_while, ("s",)), (in_assert, ("s",)),
         (in_ifexp, ("s",)), (in_comp, ([1], "s")), (truthiness, (Bad(),)),
         (while_truth, (Bad(),))]
for fn, args in cases:
    try:
        fn(*args)
    except Exception as e:
        print(fn.__name__, type(e).__name__, lines(e))
print(in_if(2), in_while(3), in_ifexp(-1), in_comp([1, 2], 2))
