# Basic float arithmetic and repr.
def area(r):
    return 3.141592653589793 * r * r


# expect: area(float) -> float native
print(area(1.0), area(2.5), area(0.1))
x = 0.1
y = 0.2
print(x + y, x * 3, y - x, x / y, 1.0 / 3.0)
print(1e16, 1e16 + 1.0, 1.5e-7, 123456789.123456789, 1e22, 1e-5, 0.0001)
print(-0.0, 0.0 == -0.0, 2.0 ** 10, 2.0 ** -1, 10.0 ** 20)
print(7.0 // 2.0, -7.0 // 2.0, 7.0 % 2.0, -7.0 % 2.0, 7.0 % -2.0)
print(divmod(7.5, 2.0), divmod(-7.5, 2.0), 5.5 // 0.5)
print(float("1.5"), float("-inf"), float(" 3 "), float("1e3"), float(7))
print(3.0.is_integer(), 3.5.is_integer(), (2.5).as_integer_ratio())
print(abs(-2.5), round(2.675, 2), round(-1.5), round(0.5), round(1.5))
print(int(1e20), float(2 ** 60), 1.0 * (2 ** 53 + 1))
