# Floor division, modulo and true division with signs and zero.
def fdiv(a, b):
    return a // b


def fmod(a, b):
    return a % b


# expect: fdiv(int, int) -> int native
# expect: fmod(int, int) -> int native
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (6, 3), (-6, 3), (1, 7)]
for a, b in pairs:
    print(a, b, fdiv(a, b), fmod(a, b), a / b)
for b in [1, -1, 3]:
    print(fdiv(-9223372036854775807 - 1, b), fmod(-9223372036854775807 - 1, b))
for op in ["//", "%", "/"]:
    try:
        if op == "//":
            fdiv(5, 0)
        elif op == "%":
            fmod(5, 0)
        else:
            print(5 / 0)
    except ZeroDivisionError as e:
        print(op, "ZeroDivisionError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("divmod:", e)
