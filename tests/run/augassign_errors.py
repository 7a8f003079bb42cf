# Errors raised by augmented assignment.
x = "s"
try:
    x += 1
except TypeError as e:
    print("TypeError:", e)
n = 5
try:
    n /= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(n)
lst = [1]
try:
    lst[3] += 1
except IndexError as e:
    print("IndexError:", e)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print("TypeError:", e)
print(t)
none = None
try:
    none += 1
except TypeError as e:
    print("TypeError:", e)
