# math module functions on floats.
import math


def hyp(a, b):
    return math.sqrt(a * a + b * b)


print(hyp(3.0, 4.0), hyp(1.0, 1.0))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1))
print(math.trunc(-2.9), math.fabs(-3), math.fmod(-7.0, 2.0), math.fmod(7.0, -2.0))
print(math.pi, math.e, math.tau)
print(math.sin(0.0), math.cos(0.0), round(math.sin(math.pi / 6), 12))
print(math.exp(1.0), math.log(math.e), math.log(8, 2), math.log10(1000.0), math.log2(1024))
print(math.pow(2, 0.5), math.sqrt(2), math.hypot(5, 12), math.atan2(1, 1))
print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.factorial(20), math.gcd(84, 36), math.comb(10, 3), math.perm(5, 2))
print(math.degrees(math.pi), math.radians(180))
try:
    math.sqrt(-1.0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0.0)
except ValueError as e:
    print("ValueError:", e)
print(math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
