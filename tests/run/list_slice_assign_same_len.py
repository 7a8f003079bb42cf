# a[i:j] = seq of the same length replaces the items in place; the old
# items are released only after all new ones are stored (a __del__ sees
# the finished list), and every other shape keeps list semantics.
log = []


def finalizer(self):
    log.append(("del", self.tag, list(target)))


Tracked = type("Tracked", (), {"__del__": finalizer})


def tracked(tag):
    t = Tracked()
    t.tag = tag
    return t


def reverse_prefix(a, k):
    a[:k + 1] = a[k::-1]
    return a


target = [tracked(0), tracked(1), 2, 3]
target[0:2] = [10, 11]
print(log)
print(target)
print(reverse_prefix([1, 2, 3, 4, 5], 2), reverse_prefix(list(range(30)), 20))
a = [1, 2, 3]
a[:] = a
print(a)
a[1:2] = (7,)
a[3:3] = []
a[-2:] = [8, 9]
print(a)
a[0:1] = [4, 5, 6]
a[1:4] = []
print(a)
b = list(range(40))
b[2:22] = list(range(100, 120))
print(b)
c = [0] * 5
c[::2] = [1, 1, 1]
print(c)
try:
    c[::2] = [1]
except ValueError as e:
    print("ValueError", e)
