# Augmented assignment on subscripts of lists and dicts.
lst = [1, 2, 3]
lst[0] += 10
lst[-1] *= 3
print(lst)
d = {"a": 1, "b": [1]}
d["a"] += 1
d["b"] += [2, 3]
print(d)
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0)
    counts[ch] += 1
print(sorted(counts.items()))
m = [[1, 2], [3, 4]]
m[1][0] -= 5
m[0] += [9]
print(m)
a = [1]
b = a
a += [2]
print(a is b, b)
t = (1,)
u = t
t += (2,)
print(t is u, u)
calls = []


def key():
    calls.append("key")
    return "k"


dd = {"k": 0}
dd[key()] += 5
print(dd, calls)
try:
    d["missing"] += 1
except KeyError as e:
    print("KeyError:", e)
