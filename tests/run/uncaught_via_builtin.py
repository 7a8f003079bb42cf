# Uncaught exception raised in a key function called by sorted() and map().
def key(v):
    return 10 // v

def apply(xs):
    return list(map(key, xs))

print(apply([1, 2, 5]))
print(sorted([3, 1, 2], key=key))
print(sorted([3, 0, 2], key=key))
