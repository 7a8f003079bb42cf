"""int/float subclasses made with type() flowing into specialized arithmetic."""
MyInt = type("MyInt", (int,), {
    "__add__": lambda s, o: ("add", int(s), o),
    "__radd__": lambda s, o: ("radd", o, int(s)),
    "__mul__": lambda s, o: ("mul", int(s), o),
    "__lt__": lambda s, o: "lt-result",
    "__neg__": lambda s: "neg",
    "__index__": lambda s: 2,
    "__floordiv__": lambda s, o: "fd",
    "__bool__": lambda s: False,
})
MyFloat = type("MyFloat", (float,), {
    "__add__": lambda s, o: ("fadd", float(s), o),
    "__sub__": lambda s, o: "fsub",
    "__truediv__": lambda s, o: "fdiv",
    "__lt__": lambda s, o: 0,
    "__abs__": lambda s: "fabs",
})

def ints(a, b):
    return a + b, a * b, b + a, a < b, -a, a // b

def floats(x, y):
    return x + y, x - y, x / y, x < y, abs(x)

def loop(n):
    t = 0
    for i in range(n):
        t = t + i
    return t

for i in range(3):
    print(ints(i, 3), floats(i + 0.5, 2.0), loop(i))
print(ints(MyInt(5), 3))
print(ints(3, MyInt(5)))
print(floats(MyFloat(1.5), 2.0))
print(floats(2.0, MyFloat(1.5)))
print(loop(MyInt(7)))
def cond(a):
    if a:
        return "truthy"
    return "falsy"
print(cond(MyInt(5)), cond(5), cond(0))
def cmp_chain(a, b, c):
    return a < b < c
print(cmp_chain(1, 2, 3), cmp_chain(MyInt(1), 2, 3), cmp_chain(1, MyInt(2), 3))
def whileloop(n):
    k = 0
    while k < n:
        k += 1
    return k
print(whileloop(4), whileloop(4.5))
def aug(x):
    x += 1
    x *= 2
    return x
print(aug(1), aug(1.5), aug(MyInt(3)))
def ff(x):
    y = x * 1.5
    y += x
    return y
print(ff(2), ff(2.0), ff(MyFloat(2.0)))
print([1, 2, 3, 4][MyInt(3)], "abcdef"[MyInt(0):MyInt(1)])
print(list(range(MyInt(10))))
for j in range(MyInt(5)):
    print("j", j)
