print(list(range(10, -10, -3)))
print(list(range(-1, -10, -4)), list(range(5, 5, -1)), list(range(0, 3, -1)))
big = 10**20
acc = 0
for i in range(big, big + 3):
    acc += i
print(acc, acc - 3 * big)
for i in range(-big, -big - 7, -3):
    print(i + big, end=" ")
print()
r = range(2**63 - 2, 2**63 + 2)
out = []
for i in r:
    out.append(i - 2**63)
print(out, len(r))
s = 0
for i in range(True, 5, True):
    s += i
print(s)
MyInt = type("MyInt", (int,), {})
for i in range(MyInt(3)):
    print(i, type(i).__name__, end="; ")
print()
for i in range(MyInt(2), MyInt(8), MyInt(3)):
    print(i, end=" ")
print()
n = 0
for i in range(2**62, 2**62 + 10**6, 250000):
    n += i
print(n)
try:
    range(1, 5, 0)
except ValueError as e:
    print(e)
try:
    for i in range(1.5):
        pass
except TypeError as e:
    print(e)
print(range(big)[-1] == big - 1, range(0, big, 3)[-1] % 3, len(range(0, 2**62, 3)))
try:
    len(range(2**64))
except OverflowError as e:
    print("OverflowError", e)
