# Float-predicted code must stay exact when a prediction fails: big ints,
# rebound builtins, float subclasses, odd bit patterns, NaN/inf/-0.0 and
# zero divisors all take the generic path and give CPython's results.
import builtins
import struct
from decimal import Decimal
from fractions import Fraction


def scaled_sum(n, k):
    total = 0.0
    for i in range(n):
        total += i * k + 0.25
    return total


def mix(x, n):
    y = x * n - n / 3.0
    return y // 1.5, y % 1.5, -y, +y


def div_all(x, y):
    out = []
    for op in range(3):
        try:
            if op == 0:
                out.append(x / y)
            elif op == 1:
                out.append(x // y)
            else:
                out.append(x % y)
        except ZeroDivisionError as e:
            out.append("ZeroDivisionError: " + str(e))
    return out


# a float subclass, made without a class statement
Meters = type("Meters", (float,),
              {"__add__": lambda self, other: float(self) + float(other) + 1000.0})


def main():
    print(scaled_sum(10, 0.5), scaled_sum(0, 2.0))
    print(mix(2.5, 4), mix(-7.25, 3))
    big = 2 ** 70
    print(scaled_sum(3, 0.5) + big * 0.5, big / 3.0, 3.0 * big)
    try:
        print(10 ** 400 * 0.5)
    except OverflowError as e:
        print("OverflowError:", e)
    print(div_all(1.5, 0.0), div_all(-7.0, 2.0), div_all(7, 0))
    inf = float("inf")
    nan = float("nan")
    print(mix(inf, 2), mix(-0.0, 1), str(nan * 2.0), -0.0 * 5, 0.0 * -1)
    # a float whose bits look like a signalling NaN keeps its bits
    odd = struct.unpack("<d", struct.pack("<Q", 0x7FF4000000000001))[0]
    r = mix(odd, 1)
    print([struct.pack("<d", v).hex() == struct.pack("<d", odd).hex()
           for v in r[2:]], type(r[0]).__name__)
    m = Meters(2.0)
    print(type(m + 1.0).__name__, m + 1.0, scaled_sum(2, m), mix(m, 2))
    # a rebound range feeds non-ints into int-predicted loop variables
    original = builtins.range
    builtins.range = lambda n: [Fraction(1, 3), Fraction(5, 2)][:n]
    try:
        print(scaled_sum(2, 0.5))
        builtins.range = lambda n: [Decimal("1.5")] * n
        try:
            print(scaled_sum(1, 0.5))
        except TypeError as e:
            print("TypeError:", e)
    finally:
        builtins.range = original
    print(scaled_sum(4, 0.125))


main()
