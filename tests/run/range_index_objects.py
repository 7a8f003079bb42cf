Idx = type("Idx", (), {"__index__": lambda self: self.v})
def mk(v):
    o = Idx()
    o.v = v
    return o

print(list(range(mk(4))), list(range(mk(1), mk(10), mk(4))))
for i in range(mk(3)):
    print(i, type(i).__name__, end=" ")
print()
BigIdx = type("BigIdx", (), {"__index__": lambda self: 2**70})
r = range(BigIdx())
print(r[-1] == 2**70 - 1, r.stop == 2**70)
Bad = type("Bad", (), {"__index__": lambda self: "nope"})
try:
    range(Bad())
except TypeError as e:
    print(e)
Boom = type("Boom", (), {"__index__": lambda self: 1 // 0})
try:
    for i in range(Boom()):
        pass
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
lst = list("abcdef")
print(lst[mk(2)], lst[mk(1):mk(5):mk(2)], "xyz"[mk(-1)])
print([1, 2] * mk(2), hex(mk(255)), bin(mk(5)))
IntSub = type("IntSub", (int,), {"__index__": lambda self: 99})
print(list(range(IntSub(3))), lst[IntSub(1)])
