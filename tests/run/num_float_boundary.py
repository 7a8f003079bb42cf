# int/float comparisons at the 2**53 boundary and beyond.
big = 2 ** 53
print(big == float(big), big + 1 == float(big + 1), float(big + 1) == big)
print(big + 1 > float(big), big + 1 < float(big + 2), float(big + 1))
print(2 ** 63 == 2.0 ** 63, 2 ** 63 - 1 < 2.0 ** 63, 2 ** 63 - 1 == 2.0 ** 63)
print(2 ** 64 + 1 > 2.0 ** 64, 10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23)
print(-(2 ** 63) == -(2.0 ** 63), -(2 ** 63) - 1 < -(2.0 ** 63))
inf = float("inf")
nan = float("nan")
print(10 ** 400 < inf, -(10 ** 400) > -inf, 10 ** 400 == inf, 10 ** 400 > 1e308)
print(nan == nan, nan != nan, nan < 1, nan > 1, 1 == nan, nan in [nan], nan == 10 ** 400)
print(max(1.0, nan), max(nan, 1.0), min(nan, 2), sorted([3, nan, 1])[1:] == [nan, 1] or "sorted-with-nan")
x = nan
print(x is x, x == x, [x] == [x], (x,) == (x,), {x: 1}[x])
print(0.0 == -0.0, str(-0.0), repr(-0.0 + 0.0), repr(0.0 * -1), -0.0 < 0.0)
print(1 / inf, -1 / inf, repr(-1 / inf), inf - inf, inf * 0, -inf)
print(round(-0.4), repr(round(-0.4, 0)), repr(-0.0 // 1), repr(-1e-300 * 1e-300))
print(int(2.0 ** 53 + 1.0), int(1e20), int(-1.5), int(1.9999999999999999))
print(float(2 ** 1023) * 2, 2 ** 1023 * 2.0 if False else "skip")
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
print(hash(2 ** 53) == hash(2.0 ** 53), hash(-1), hash(-1.0), hash(0.5) == hash(0.5))
print(float(big) + 1 == float(big), big + 1.0 == big)
i = big
i += 1
f = 0.0
f += i
print(i, f, i == f)
print(9007199254740993 < 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
