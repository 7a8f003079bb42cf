"""int()/float()/round()/abs()/min()/max()/math.* results feeding further arithmetic."""
import math
from fractions import Fraction
from decimal import Decimal

def conv(x):
    out = []
    for fn in ("int", "round", "float", "abs", "minmax", "sqrt", "floor"):
        try:
            if fn == "int":
                v = int(x)
                out.append((v + 1, v * 2**62, v // 3, v / 4))
            elif fn == "round":
                v = round(x)
                out.append((v - 1, v * 3, v % 5))
            elif fn == "float":
                v = float(x)
                out.append((v * 3, v + 1, v // 2, v % 2))
            elif fn == "abs":
                v = abs(x)
                out.append((v * 3, v + 1, v - 2))
            elif fn == "minmax":
                v = min(x, 10)
                u = max(x, -10)
                out.append((v * 3, u + 1, v - u))
            elif fn == "sqrt":
                v = math.sqrt(x)
                out.append((v * 3, v + 1))
            else:
                v = math.floor(x)
                out.append((v * 3, v + 1, type(v).__name__))
        except (ValueError, OverflowError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out

for x in (7, -7, 2.5, -2.5, 0.5, 1e20, 2**70, -(2**63), True, Fraction(7, 2), Decimal("7.5"),
          float("inf"), float("nan"), -0.0, "12", "1.5", 4611686018427387903):
    print(repr(x))
    for item in conv(x):
        print("   ", item)
print(int("ff", 16) * 2, int(" -0b101 ", 0) + 1, float(" 1e3 ") / 3, round(2.675, 2) * 100, round(-0.5) - 1)
