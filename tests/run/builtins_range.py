# range objects.
r = range(10)
print(r, len(r), r[0], r[-1], r[2:5], r[::3], list(r[::-2]))
print(range(1, 10, 2), list(range(1, 10, 2)), list(range(10, 1, -3)))
print(5 in r, 10 in r, 2.0 in r, r.count(3), r.index(7))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 2), list(reversed(range(4))))
print(sum(range(1000)), max(range(-5, 5)), min(range(3, 9)))
big = range(2 ** 63 - 2, 2 ** 63 + 2)
print(list(big), len(big), big[-1])
print(range(3).start, range(3).stop, range(1, 9, 4).step)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
