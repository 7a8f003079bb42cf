# range() in loops: steps, negatives, empty, big values.
def sum_range(a, b, s):
    t = 0
    for i in range(a, b, s):
        t += i
    return t


# expect: sum_range(int, int, int) -> int native
print(sum_range(0, 10, 1), sum_range(10, 0, -1), sum_range(0, 100, 7), sum_range(5, 5, 1))
print(sum_range(-10, 10, 3), sum_range(10, -10, -4), sum_range(0, 1, 5))
r = range(3, 20, 4)
print(list(r), len(r), r[1], r[-1], r[1:3], 7 in r, 8 in r, r.index(11))
print(list(range(0)), list(range(-3)), list(range(2 ** 64, 2 ** 64 + 3)))
print(len(range(0, 2 ** 70, 2 ** 60)), range(10)[::-1])
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
for i in range(3):
    pass
print(i)
