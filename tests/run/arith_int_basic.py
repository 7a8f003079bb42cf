# Basic integer arithmetic on small values.
def calc(a, b):
    return a + b, a - b, a * b


print(calc(7, 3))
print(calc(-7, 3))
x = 17
y = 5
print(x + y, x - y, x * y)
print(x // y, x % y, x / y)
print(-x // y, -x % y)
print(x // -y, x % -y)
print(-x // -y, -x % -y)
print(x ** 2, y ** 3, 2 ** 10)
print(0 - x, +x, -(-x))
print(divmod(x, y), divmod(-x, y), divmod(x, -y))
print(abs(-x), abs(x), abs(0))
print(1 + 2 * 3 - 4 // 2 % 3)
print((1 + 2) * (3 - 4) // 2)
print(10 - 3 - 2, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
