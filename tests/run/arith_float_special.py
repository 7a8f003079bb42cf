# inf, nan and negative zero behaviour.
import math

inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0)
print(nan == nan, nan != nan, nan < 1, inf > 1e308, -inf < -1e308)
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1.0))
print(1e308 * 10, -1e308 * 10, 1e-320, 5e-324 / 2)
print(math.copysign(1.0, -0.0), math.copysign(1.0, 0.0), -0.0 + 0.0)
print(-0.0 * 5, 0.0 * -1, str(-0.0), repr(-0.0))
print(max(nan, 1.0), max(1.0, nan), min(inf, 3))
print(float("-0"), abs(-0.0), -(0.0))
for v in [1.0, -1.0, 0.0, -0.0]:
    try:
        print(1.0 / v)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    print(1.0 % 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(int(inf))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(int(nan))
except ValueError as e:
    print("ValueError:", e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print(3.0 % inf, -3.0 % inf, inf % 3.0)
