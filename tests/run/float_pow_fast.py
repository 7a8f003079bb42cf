# x ** y on predicted floats computes pow() in doubles where float_pow
# does; zero and negative bases, infinities, nan, complex results,
# overflow, int/float mixes and big ints take CPython's path.
# expect-c: AotFV_PowFT(
# expect-c: AotFV_Pow(


def powers(x, y):
    out = []
    for k in range(3):
        x = x * 1.0
        y = y * 1.0
        try:
            out.append(x ** y)
        except (OverflowError, ZeroDivisionError, ValueError) as e:
            out.append(type(e).__name__ + ": " + str(e))
        try:
            out.append(x ** 2)
            out.append(x ** -1)
            out.append(x ** 3)
        except (OverflowError, ZeroDivisionError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


def int_base(x):
    x = x * 1.0
    return [2 ** x, (-2) ** x, 10 ** x, 0 ** abs(x)]


def norm(dx, dy):
    return (dx ** 2 + dy ** 2) ** 0.5


cases = [(2.0, 0.5), (-8.0, 1.0 / 3), (-2.0, 3.0), (-2.0, 2.0), (0.0, -1.0),
         (0.0, 0.0), (1e308, 2.0), (1e-308, 5.0), (float("inf"), -1.0),
         (float("nan"), 0.0), (1.0, float("nan")), (-1.0, float("inf")),
         (10.0, -400.0), (-0.0, 3.0)]
for x, y in cases:
    print(x, y, powers(x, y))
for x in [0.5, -1.5, 3.0, 1e3]:
    try:
        print(int_base(x))
    except OverflowError as e:
        print("OverflowError", e)
print(norm(3.0, 4.0), norm(1e150, 1e150))
s = 0.0
for i in range(1, 1000):
    s += (i * 0.5) ** 1.5 + 2 ** (i * 0.01)
print(s)
print((2.0 ** 1000) ** 2 if False else 2.0 ** 1000, 10 ** 0.5 ** 2)
