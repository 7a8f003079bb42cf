# d[i] = i with a predicted int stores one object as key and value, as
# CPython does (the identity shows through `is`).


def build(n):
    d = {}
    for i in range(n):
        d[i] = i
        d[-i - 1000] = i
    return d


d = build(2000)
print(len(d), sum(d.values()))
print([t[0] is t[1] for t in list(d.items())[-6:] if t[0] >= 0])
