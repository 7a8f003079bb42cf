# A predicted int compared with a value of unknown type (i >= n for a
# parameter n) runs on tagged words: ints of any size, floats, bools,
# Fractions, objects with reflected operators, and the TypeError of
# unorderable operands, in both operand orders.
from fractions import Fraction


def count_below(n):
    i = 0
    while True:
        i += 1
        if i >= n:
            break
    return i


def table(v):
    out = []
    for i in range(-2, 3):
        out.append((i < v, i <= v, i == v, i != v, i > v, i >= v,
                    v < i, v <= i, v == i, v != i, v > i, v >= i))
    return out


Rev = type("Rev", (), {
    "__lt__": lambda self, o: "lt",
    "__gt__": lambda self, o: "gt",
    "__eq__": lambda self, o: "eq",
    "__le__": lambda self, o: "le",
    "__ge__": lambda self, o: "ge",
})

print(count_below(5), count_below(2.5), count_below(True), count_below(-3))
for v in [0, 1, 2**70, -(2**70), 0.5, -1.0, float("nan"), True,
          Fraction(1, 2), Rev()]:
    print("Rev" if type(v) is Rev else repr(v), table(v)[:2])
for v in ["1", None, [1]]:
    try:
        table(v)
    except TypeError as e:
        print("TypeError", e)
    try:
        count_below(v)
    except TypeError as e:
        print("TypeError", e)
