# Mutating containers during iteration.
lst = [1, 2, 3, 4]
seen = []
for x in lst:
    seen.append(x)
    if x == 2:
        lst.append(99)
    if len(seen) > 10:
        break
print(seen, lst)

lst = [1, 2, 3, 4, 5, 6]
for x in lst:
    lst.remove(x)
print(lst)

alias = lst2 = [0, 1, 2]
for i in lst2:
    alias[i if i < len(alias) else 0] = i * 10
print(lst2)

lst3 = [1, 2, 3]
for x in lst3:
    lst3 = [7, 8]  # rebinding does not affect iteration
    print(x, end=" ")
print(lst3)

d = {"a": 1, "b": 2}
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(d))

d = {"a": 1, "b": 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)

# changing values is fine
d = {"a": 1, "b": 2}
for k in d:
    d[k] *= 10
print(d)

# pop then add keeps size: CPython detects keys changed
d = {"a": 1, "b": 2}
try:
    for k in d:
        d.pop(k)
        d[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)

s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    for k in d.items():
        d.clear()
except RuntimeError as e:
    print("RuntimeError:", e)

# list modified in a comprehension over itself
base = [1, 2, 3]
res = [base.append(x) or x for x in base[:]]
print(res, base)

# enumerate over a list being extended with a bound
data = [0]
for i, v in enumerate(data):
    if i < 4:
        data.append(v + 1)
print(data)

# iterating a dict's keys while iterating values of a copy
d = {1: "x", 2: "y"}
for k in list(d):
    d[k * 10] = d.pop(k)
print(d)
