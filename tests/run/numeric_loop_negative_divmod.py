res = []
for a in range(-7, 8, 3):
    for b in [-3, -2, 2, 3]:
        res.append((a, b, a // b, a % b, divmod(a, b)))
for r in res:
    print(r)
for a in [-7.5, -0.5, 0.0, 2.25]:
    for b in [-2, 2.0, -0.75]:
        print(a, b, a // b, a % b)
acc = 0
for i in range(-20, 20):
    acc += i % 7 - i // 7
print(acc)
print(-2**70 // 3, -2**70 % 3, 2**70 % -3)
for i in range(-3, 4):
    print(i, -i % 5, (i - 10) // 4, i % -1, end=" | ")
print()
try:
    for i in range(3, -1, -1):
        print(10 % i)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
