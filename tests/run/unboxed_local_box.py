"""A local predicted to be an int or float that is also used as an object
(a dict key, an append, an argument) passes on the object its value was
unboxed from, as CPython does: the same object (`is`), no new allocation.
After arithmetic, del, or a value that did not come from an object, a new
box is made. Big ints, bools, floats and non-numbers go through unchanged."""
# expect-c: AotTV_BoxOr(
# expect-c: AotFV_BoxOr(
# expect: collect(obj) -> obj


def collect(xs):
    out = []
    seen = set()
    total = 0
    for x in xs:
        total += x
        out.append(x)
        seen.add(x)
    return out, seen, total


def same_objects(a, b):
    if len(a) != len(b):
        return False
    for i in range(len(a)):
        if a[i] is not b[i]:
            return False
    return True


def squares(xs):
    return {x: x * x for x in xs}


def rebound(xs):
    out = []
    for x in xs:
        out.append(x)
        x = x + 1
        out.append(x)
        x -= 1
        out.append(x)
    return out


def floats(fs):
    keep = []
    s = 0.0
    for f in fs:
        s += f
        keep.append(f)
    return keep, s


def deleted(xs):
    out = []
    for x in xs:
        n = x * 2
        out.append(x)
        del x
        x = n // 2
        out.append(x)
    return out


def counts(words):
    d = {}
    for w in words:
        n = len(w)
        d[n] = d.get(n, 0) + 1
    return d


def first_big(xs, limit):
    for x in xs:
        if x > limit:
            return x
    return None


def pairs(xs):
    res = []
    for i in xs:
        for j in xs:
            if i < j:
                res.append((i, j))
    return res


big = [1000, 2**40, -7, 2**70, 300, True, 1000]
out, seen, total = collect(big)
print(out, sorted(seen), total)
print(same_objects(out, big))
sq = squares(big[:5])
print(sq, same_objects(list(sq), big[:5]))
r = rebound([500, 2**65])
print(r, r[0] is r[2], r[0] == r[2])
fs = [1.5, 2.5e300, float("inf"), -0.0, 10**20 * 1.0]
keep, s = floats(fs)
print(keep, s, same_objects(keep, fs))
print(deleted([1000, 12345678901]))
print(counts(["a", "bb", "cc", "ddd"]))
print(first_big(big, 5000) is big[1])
print(len(pairs(list(range(300, 340)))))
try:
    collect([1, 2, "x"])
except TypeError as e:
    print("TypeError:", e)
