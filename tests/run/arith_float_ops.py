# Float operator corner cases: floor division and modulo signs, power.
def fl(a, b):
    return a // b


def md(a, b):
    return a % b


# expect: fl(float, float) -> float native
# expect: md(float, float) -> float native
cases = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (0.0, 3.0),
         (-0.0, 3.0), (1e300, 1e-300), (5.0, 0.5), (0.3, 0.1)]
for a, b in cases:
    print(a, b, fl(a, b), md(a, b))
print(2.0 ** 0.5, (-8.0) ** (1.0 / 3.0), 0.0 ** 0.0, (-2.0) ** 2.0, (-2.0) ** 3)
print(4.0 ** -0.5, 1.0 ** float("nan"), float("nan") ** 0)
try:
    print(0.0 ** -1.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(fl(1.0, 0.0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(md(1.0, 0.0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
