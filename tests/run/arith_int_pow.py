# Integer exponentiation, negative exponents and three-argument pow.
def power(b, e):
    return b ** e


for b in [0, 1, -1, 2, -3, 10]:
    print(b, [power(b, e) for e in range(6)])
print(2 ** 62, 2 ** 63, 2 ** 64, (-2) ** 63)
print(2 ** -1, 10 ** -3, (-2) ** -2)
print(pow(3, 4), pow(3, 4, 5), pow(2, 100, 1000007), pow(-7, 3, 10))
print(pow(3, -1, 7), pow(38, -1, 97))
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(pow(2, 3, 0))
except ValueError as e:
    print("ValueError:", e)
try:
    print(pow(2, -1, 4))
except ValueError as e:
    print("ValueError:", e)
print(0 ** 0, 7 ** 1, 1 ** 1000)
