# Starred assignment targets.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
*everything, = {"k": 1, "j": 2}
print(everything)
head, *tail = "x"
print(head, tail, type(tail).__name__)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
