"""Module-level loops that iterate, index or call methods of global
containers (`for x in xs`, `xs[i]`, `d[k]`, `out.append(v)`) keep their
globals in registers when the containers hold only plain values (ints,
floats, strs, tuples, lists and dicts of those): the guard scans them
first. A non-plain item anywhere, a subclass or a cycle falls back to the
loop as written; mutations and errors leave the module's globals as
CPython does."""
# expect-c: aotg_promote_ok(
import sys

data = [(i * 7919) % 10007 for i in range(2000)]
total = 0
for x in data:
    if x % 3 == 0:
        total += x * x
    else:
        total -= x
print(total, x)

acc = 0
for i in range(len(data)):
    if data[i] > 5000:
        acc += data[i] - 5000
print(acc, i)

# tuples of plain values, floats, strs, tuple targets
pts = [(1, 2.5), (3, -4.0), (5, 6.25)]
sx = sy = 0
for px, py in pts:
    sx += px
    sy += py * 2
print(sx, sy, px, py)

word = "promotion"
vowels = 0
for ch in word:
    if ch == "o" or ch == "i":
        vowels += 1
print(vowels, ch)

prices = {"a": 3, "b": 4.5, "c": 10}
cost = 0
for k in prices:
    cost += prices[k] * 2
print(cost, k)

# big ints and a tuple global
big = (2**70, -(2**65), 7)
s = 0
for v in big:
    s += v
print(s)

# a non-plain item: the loop as written (same results)
mixed = [1, 2, [3], 4]
n = 0
for m in mixed:
    n += 1
print(n, m)


class_like = type("Num", (int,), {"__add__": lambda a, b: 100})
odd = [1, class_like(2), 3]
t = 0
for o in odd:
    t = o + t
print(t)

# an IndexError inside: globals stored back, traceback as CPython's
short = [1, 2, 3]
j = 0
got = 0
try:
    while True:
        got += short[j]
        j += 1
except IndexError as e:
    print("IndexError:", e, got, j)

# a KeyError from a dict lookup
table = {1: 10, 2: 20}
q = 0
try:
    for key in range(1, 5):
        q += table[key]
except KeyError as e:
    print("KeyError:", e, q, key)

# empty containers: the target stays unbound
for never in []:
    total += 1
print("never" in globals())
print(sys.getrefcount(data) >= 2)

# nested lists (a grid), slices, methods, appends, dict updates
grid = [[(r * 7 + c) % 5 for c in range(6)] for r in range(4)]
rowsums = []
colmax = {}
for r in range(len(grid)):
    acc2 = 0
    for c in range(len(grid[r])):
        acc2 += grid[r][c]
        if grid[r][c] > colmax.get(c, -1):
            colmax[c] = grid[r][c]
    rowsums.append(acc2)
    grid[r][0] = acc2
print(rowsums, colmax, grid[0], grid[-1][:3])

words = "the quick brown fox jumps over the lazy dog".split()
counts = {}
longest = ""
for w in words:
    counts[w] = counts.get(w, 0) + 1
    if len(w) > len(longest):
        longest = w.upper()
    if w.startswith("t"):
        words_t = w.replace("t", "T")
print(sorted(counts.items()), longest, words_t)

# a list that holds itself: not plain, the loop as written
loop_list = [1, 2]
loop_list.append(loop_list)
cnt = 0
for item in loop_list:
    cnt += 1
print(cnt)

# a dict with a non-plain value deep inside
deep = {"a": [1, 2, (3, [4, type("X", (), {})()])]}
dd = 0
for kk in deep:
    dd += len(deep[kk])
print(dd)

# mutation while iterating, as CPython does it
grow = [1, 2, 3]
steps = 0
for g in grow:
    if g < 20:
        grow.append(g * 3)
    steps += 1
print(steps, grow)
try:
    dct = {1: 1, 2: 2}
    for dk in dct:
        dct.pop(dk)
except RuntimeError as e:
    print("RuntimeError:", e)

# an unbound container: NameError, as in CPython
try:
    for z in missing_name:
        total += z
except NameError as e:
    print("NameError:", e)
