"""for loops over exact lists and tuples run by index, as do enumerate()
and zip() of them while the names hold the builtins: mutation during the
loop, subclasses, rebinding, odd starts and targets all behave as the
iterator protocol does."""
# expect-c: aotg_seq_item(
# expect-c: aotg_enum_ok(
# expect-c: aotg_zip2_ok(
# expect-c: aotg_zip3_ok(
import sys
import traceback


def total(xs):
    t = 0
    for x in xs:
        t += x
    return t


def weighted(xs, start=0):
    t = 0
    for i, v in enumerate(xs, start):
        t += i * v
    return t


def pairs(a, b):
    out = []
    for x, y in zip(a, b):
        out.append((x, y))
    return out


def triples(a, b, c):
    s = 0.0
    for x, y, z in zip(a, b, c):
        s += x * y - z
    return s


def seq_iter(self):
    print("Seq.__iter__")
    return iter([100, 200])


Seq = type("Seq", (list,), {"__iter__": seq_iter})


print(total([1, 2, 3]), total((4, 5, 6)), total(range(4)), total({7: 1, 8: 2}))
print(total([2**70, 1, -2**70]), total([0.5, 1, 2**65]), total(Seq([1, 2])))
print(weighted([3, 4, 5]), weighted((3, 4, 5), 10), weighted([1, 2], -5))
print(weighted([1, 2], 2**62), weighted([1, 2], 2**80), weighted([1, 2], True))
print(weighted("ab" and [6, 7], 0), weighted(Seq([9])))
print(pairs([1, 2, 3], (4, 5)), pairs((), [1]), pairs("ab", [1, 2, 3]))
print(pairs(Seq([1]), [1, 2, 3]), pairs([1, 2], Seq([5])))
print(triples([1.0, 2.0], [3, 4], (0.5, 0.25)), triples([1], [2], "x" and []))

# The list may change while it is walked: the length is read each step.
xs = [1, 2, 3]
for x in xs:
    if len(xs) < 7:
        xs.append(x * 10)
print(xs)
xs = [1, 2, 3, 4, 5, 6]
for x in xs:
    xs.remove(x)
print(xs)
xs = [object(), object()]
for x in xs:
    xs.clear()
    print(type(x).__name__, len(xs))
xs = ["a", "b", "c"]
for i, x in enumerate(xs):
    if i == 0:
        xs[2] = "z"
        xs.insert(0, "q")
    print(i, x)
a, b = [1, 2, 3], [4, 5, 6]
for x, y in zip(a, b):
    a.append(y)
    b.pop()
    print(x, y)
print(a, b)

# Targets of every kind.
d = {}
for d["k"], d["v"] in zip("xy", [1, 2]):
    print(sorted(d.items()))
for i, (p, q) in enumerate([(1, 2), (3, 4)], 1):
    print(i, p, q)
for (i, j), k in zip([(1, 2), (3, 4)], [5, 6]):
    print(i, j, k)
for [u, w] in zip([1], [2]):
    print(u, w)
for pair in enumerate([7, 8]):
    print(pair)
for t in zip([1, 2], [3, 4]):
    print(t)
for first, *rest in [[1, 2, 3], (4,)]:
    print(first, rest)

# break, continue and else.
for i, v in enumerate([5, 6, 7, 8]):
    if v == 6:
        continue
    if v == 8:
        break
    print("v", i, v)
else:
    print("not reached")
for x, y in zip([1], [2]):
    pass
else:
    print("else", x, y)

# Comprehensions use the same loops.
print([x * y for x, y in zip([1, 2, 3], [4, 5, 6])])
print([i for i, v in enumerate([0, 3, 0, 4]) if v])
print({k: v for k, v in zip("abc", range(3))})
print([x + 1 for x in (1, 2, 3)])

# Rebinding the builtins: the next loop calls whatever the name holds.
enumerate = lambda xs, start=0: [(start, "fake")]
for i, v in enumerate([1, 2, 3]):
    print("rebound", i, v)
del enumerate
zip = lambda *a: [("z", len(a))]
for x, y in zip([1], [2]):
    print("rebound", x, y)
del zip
for i, v in enumerate([1, 2]):
    print("builtin again", i, v)

# Errors keep CPython's messages and lines.
try:
    for i, v in enumerate(5):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    for x, y in zip([1], 5):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    for i, v in enumerate([1], "s"):
        pass
except TypeError as e:
    print("TypeError:", e)
if sys.version_info >= (3, 10):
    try:
        for x, y in zip([1, 2], [3], strict=True):
            print(x, y)
    except ValueError as e:
        print("ValueError:", e)


def fails(xs):
    for i, v in enumerate(xs):
        print(10 // v)


try:
    fails([5, 2, 0])
except ZeroDivisionError:
    traceback.print_exc()
