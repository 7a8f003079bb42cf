"""len() fast path on objects whose __len__ misbehaves; results used in int arithmetic."""
def len_impl(self):
    r = self.ret
    return r() if callable(r) else r

def mk(ret):
    obj = type("L", (), {"__len__": len_impl})()
    obj.ret = ret
    return obj

def boom():
    raise KeyError("inside __len__")

def use(obj):
    try:
        n = len(obj)
        return n, n + 1, n * 2**62, type(n).__name__
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

for ret in (0, 5, -1, 2**62, 2**63 - 1, 2**63, -(2**63), True, False, 3.0, "x", None, boom):
    print(repr(ret) if not callable(ret) else "boom", use(mk(ret)))

IntLike = type("IntLike", (int,), {})
print(use(mk(IntLike(7))))
Idx = type("Idx", (), {"__index__": lambda self: 11})
print(use(mk(Idx())))
for obj in ("abc", b"", [1] * 300, range(2**62), range(0, 2**64, 2**10), {1: 2}, frozenset("ab")):
    print(type(obj).__name__, use(obj))
try:
    len(range(2**64))
except OverflowError as e:
    print("OverflowError:", e)
print(use(range(2**64)), use(5), use(None))
