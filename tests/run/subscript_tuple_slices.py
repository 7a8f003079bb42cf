# A subscript whose key is a tuple holding slices (a[:, 0]) passes a tuple
# of slice objects, when loading, storing, deleting and in augmented
# assignments; a list rejects it with CPython's message.
store = {}
M = type("M", (), {
    "__getitem__": lambda self, k: store[repr(k)],
    "__setitem__": lambda self, k, v: store.__setitem__(repr(k), v),
    "__delitem__": lambda self, k: store.__delitem__(repr(k)),
})
m = M()
m[1:2, 0] = "store"
m[::3, ...] = "ellipsis"
print(sorted(store.items()))
print(m[1:2, 0], m[slice(None, None, 3), Ellipsis])
m[1:2, 0] += "+"
print(m[1:2, 0])
del m[1:2, 0]
print(sorted(store.items()))
for i in range(3):
    m[i:, i] = i
    m[i:, i] += 10
print(sorted(store.items()))
a = [1, 2]
for stmt in range(4):
    try:
        if stmt == 0:
            a[:, 0] = 1
        elif stmt == 1:
            del a[:, 0]
        elif stmt == 2:
            a[:, 0] += 1
        else:
            print(a[1:, 0])
    except TypeError as e:
        print(stmt, "TypeError", e)
