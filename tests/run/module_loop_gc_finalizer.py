"""The cyclic garbage collector does not run inside a module loop that
keeps its globals in registers (it would run finalizers, Python code, that
see stale globals and whose stores the loop would overwrite): it is paused
there and runs, when due, at the loop's periodic check with the globals
stored. A finalizer that stores globals the loop reads and writes is seen
by the loop afterwards; the loop stops, as under CPython."""
# expect-c: AotPromote_GCPause(
import gc


def finalize(self):
    global stop, n, note
    stop = True
    n = -5
    note = "finalized"


Node = type("Node", (), {"__del__": finalize})

stop = False
n = 0
note = ""
keep = []
row = [1, 2, 3]
cycle = Node()
cycle.me = cycle
del cycle
steps = 0
while not stop and steps < 100000:
    n = n + 1
    steps += 1
    keep.append(row[:])
print(stop, n < 0, note, steps < 100000)

# a loop that raises leaves the collector on, as it found it
print(gc.isenabled())
try:
    for i in range(10):
        keep.append(row[:])
        steps = steps // (5 - i)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, gc.isenabled())
gc.disable()
for i in range(10):
    keep.append(row[:])
print(gc.isenabled())
gc.enable()
