# Iteration protocols of type()-made classes: __iter__/__next__, __getitem__, errors.
def ctr_init(self, n):
    self.i = 0
    self.n = n
def ctr_iter(self):
    return self
def ctr_next(self):
    if self.i >= self.n:
        raise StopIteration
    self.i += 1
    return self.i

Counter = type("Counter", (), {"__init__": ctr_init, "__iter__": ctr_iter, "__next__": ctr_next})
print(list(Counter(3)), [x * 2 for x in Counter(4)], sum(Counter(10)), tuple(Counter(0)))
a, b, c = Counter(3)
print(a, b, c)
try:
    a, b = Counter(3)
except ValueError as e:
    print("ValueError:", e)

def seq_getitem(self, i):
    if i >= 4:
        raise IndexError(i)
    return i * i
Seq = type("Seq", (), {"__getitem__": seq_getitem})
print(list(Seq()), 9 in Seq(), 5 in Seq(), [*Seq()])
for v in Seq():
    print(v, end=" ")
print()

def bad_next(self):
    raise KeyError("in next")
Bad = type("Bad", (), {"__iter__": ctr_iter, "__next__": bad_next})
try:
    for v in Bad():
        pass
except KeyError as e:
    print("KeyError:", e)

NotIterIter = type("NotIterIter", (), {"__iter__": lambda self: 5})
try:
    for v in NotIterIter():
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)

it = iter([1, 2, 3])
for x in it:
    if x == 1:
        print("skipping", next(it))
print(next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)

def stop_value(self):
    raise StopIteration("payload")
SV = type("SV", (), {"__iter__": ctr_iter, "__next__": stop_value})
print(list(SV()))
try:
    next(SV())
except StopIteration as e:
    print("value:", e.value)

# iter with sentinel
data = [3, 2, 1, 0, 5]
pos = [0]
def pull():
    pos[0] += 1
    return data[pos[0] - 1]
print(list(iter(pull, 0)))
print(list(zip(Counter(3), "ab", Seq())), list(enumerate(Counter(2), 5)), list(map(pow, Counter(3), [2, 2, 2])))
print(dict.fromkeys(Counter(2)), sorted(Counter(3), reverse=True), list(reversed(range(3))), min(Counter(5)))
