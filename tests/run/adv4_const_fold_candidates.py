"""Constant expressions that a compiler might fold: signs of zero, big ints, float rounding."""
import math

def consts():
    return [
        -0.0, -(0.0), 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, 0.0 - 0.0, -0.0 * 0, -(0) * 1.0,
        -9223372036854775808, -4611686018427387904, - 2**63, ~0, ~-2**62, 1 << 100, -1 >> 100,
        10 ** -2, 2 ** -1074, 2 ** -1075, 2.0 ** 1023 * 2, 0.1 + 0.2, 1 / 3, 2 / 3 * 3,
        7 // -2, -7 % 3, 7.5 // -2, -7.5 % 2, 1e308 * 10, -1e308 * 10, 1e-323 / 10,
        9007199254740993 + 0.0, 9007199254740993 * 1.0, 2**53 + 1.0, float(2**53 + 1),
        3 * 0.1, 0.1 * 3, 1 - 0.9, 4611686018427387903 + 1, -4611686018427387904 - 1,
        4611686018427387904 // -1, 4611686018427387903 * 2, 3037000500 * 3037000500,
        (-2) ** 63, (-2) ** 62, 2 ** 62, (-3) ** 39, 0 ** 0, 0.0 ** 0, (-0.0) ** 0.5,
        True + True, True * 2**62, False - 1, True / 2, -True, ~True, True << 62,
        100000000000000000000000000000000000000.0, 1_000.000_1, 0x7fffffffffffffff + 1,
        0o777, 0b1 << 64, 1e22, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
    ]

for i, c in enumerate(consts()):
    print(i, repr(c), type(c).__name__, math.copysign(1, c) if isinstance(c, float) else "")

def negzero_ops():
    z = 0.0
    n = -z
    return [repr(n + 0.0), repr(n - 0.0), repr(0.0 - n), repr(n * n), repr(n * -1), repr(-n), repr(abs(n)), repr(n / 5), repr(5 / (z + 1e309)), repr(max(n, z)), repr(min(z, n)), repr(n == z), repr(round(n)), repr(n // 1), repr(n % 1), repr(-1 * n)]
print(negzero_ops())
def cmp_special():
    inf = 1e309
    nan = inf - inf
    return [nan == nan, nan != nan, nan < inf, inf > 1e308, -inf < -1e308, inf == inf + 1, inf - inf == 0, repr(nan), repr(-nan), str(-inf), f"{nan:.2f}", f"{-inf:+e}", hash(inf), hash(-inf), int(1e18)]
print(cmp_special())
