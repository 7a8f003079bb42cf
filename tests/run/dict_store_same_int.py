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
print([k is v for k, v in list(d.items())[-6:] if k >= 0])
