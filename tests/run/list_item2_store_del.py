"""x[i][j] = v where dropping the old item runs a __del__ that removes the
row from x: CPython keeps the row alive until the store is done, so the
row's items are finalized after the store (found by helper X)."""
G = []

def old_del(self):
    print("old item __del__: clearing G")
    G.clear()
    print("old item __del__: done")

def tracker_del(self):
    print("row freed (tracker __del__)")

Old = type("Old", (), {"__del__": old_del})
Tracker = type("Tracker", (), {"__del__": tracker_del})

def f():
    i = 0
    j = 0
    G[i][j] = 0
    print("after the store")

G.append([Old(), Tracker()])
f()
