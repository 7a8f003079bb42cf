# Mixing ints with bools and floats.
t = True
f = False
print(t + t, t * 10, f - 1, t / 2, -t, ~t, t << 3)
print(type(t + t).__name__, type(t & t).__name__, type(t | 0).__name__)
print(t & f, t | f, t ^ t, type(t ^ f).__name__)
print(3 + 0.5, 3 * 1.5, 7 / 2, 7 // 2.0, 7 % 2.5, 2 ** 0.5)
print(type(3 + 0.0).__name__, type(6 / 3).__name__, type(6 // 3).__name__)
print(1 == 1.0, 2 < 2.5, 3 >= 3.0, hash(1) == hash(1.0))
print(int(3.99), int(-3.99), round(2.5), round(3.5), round(-0.5))
print(round(1234.5678, 2), round(1234, -2), round(1250, -2), round(1350, -2))
x = 10
x = x / 4
print(x, type(x).__name__)
n = 5
n += True
print(n, sum([True, True, False, True]))
print(max(1, 2.5, 2), min(3, 1.0, 1), max(True, 0))
