# Loops over iterators, enumerate, zip and dict views; mutation during iteration.
it = iter([1, 2, 3, 4, 5])
for x in it:
    if x == 2:
        break
print("rest:", list(it))
d = {"a": 1, "b": 2, "c": 3}
for k in d.keys():
    print(k, d[k])
for v in d.values():
    print(v * 10, end=",")
print()
for i, (k, v) in enumerate(sorted(d.items(), reverse=True), start=1):
    print(i, k, v)
for a, b in zip("xyz", range(100)):
    print(a, b)
lst = [1, 2, 3]
for x in lst:
    if x < 3:
        lst.append(x * 10)
print(lst)
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(iter("q")), next(iter([]), "default"))
