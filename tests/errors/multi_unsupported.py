# Several unsupported constructs in one file are all reported, in order.
# error: 7:1: unsupported: class definitions
# error: 12:15: unsupported: generator expressions
# error: 16:5: unsupported: 'match' statements


class A:
    pass


def total(xs):
    return sum(x for x in xs)


def kind(v):
    match v:
        case _:
            return 0
