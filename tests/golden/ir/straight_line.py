def add(a, b):
    c = a + b
    return c * 2


x = add(1, 2)
print(x)
