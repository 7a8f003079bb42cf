# Operators dispatching to dunder methods of type()-made classes.
log = []

def v_init(self, x):
    self.x = x
def v_add(self, o):
    log.append("add")
    if isinstance(o, int):
        return V(self.x + o)
    return NotImplemented
def v_radd(self, o):
    log.append("radd")
    return V(o + self.x + 1000)
def v_iadd(self, o):
    log.append("iadd")
    self.x += o
    return self
def v_eq(self, o):
    log.append("eq")
    return NotImplemented
def v_lt(self, o):
    log.append("lt")
    return self.x < (o.x if isinstance(o, V) else o)
def v_bool(self):
    log.append("bool")
    return self.x != 0
def v_len(self):
    return 3
def v_index(self):
    return self.x
def v_repr(self):
    return "V(%r)" % self.x
def v_neg(self):
    return V(-self.x)
def v_getitem(self, k):
    return ("item", k)
def v_contains(self, k):
    return k == self.x

V = type("V", (), {"__init__": v_init, "__add__": v_add, "__radd__": v_radd, "__iadd__": v_iadd,
                   "__eq__": v_eq, "__lt__": v_lt, "__bool__": v_bool, "__len__": v_len,
                   "__index__": v_index, "__repr__": v_repr, "__neg__": v_neg,
                   "__getitem__": v_getitem, "__contains__": v_contains, "__hash__": None})

a = V(5)
print(a + 1, 1 + a, log); log.clear()
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e, log)
log.clear()
b = a
b += 10
print(a, b is a, log); log.clear()
print(a == a, a == V(15), a != 3, log); log.clear()
print(a < 20, V(1) < V(2), 20 > a, log); log.clear()
print(bool(V(0)), not V(3), "yes" if V(1) else "no", V(0) or "fallback", V(2) and "both", log); log.clear()
print(len(a), [10, 20, 30, 40][V(2)], "abcdef"[V(1):V(4)], bin(V(5)), hex(V(255)), range(V(3)))
print(-a, a[1:2], a["k"], 15 in a, 16 in a, sum([V(1), V(2)], 0) if False else "skip")
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
try:
    {a: 1}
except TypeError as e:
    print("TypeError:", e)
print(sorted([V(3), V(1), V(2)]))
print(max(V(3), V(7)), min([V(4), V(2)]))
x = 0
for item in [V(1), V(2)]:
    x = x + item.x
print(x)
def f(n):
    total = 0
    total += n
    return total
print(f(3), f(V(4)), log); log.clear()
