"""3.11 allows starred items in a subscript: d[*a] is d[(*a,)]."""
d = {(1, 2): 3, (1,): 4, (0, 1, 2): 5}
a = (1, 2)
print(d[*a])
b = [1]
print(d[*b])
print(d[0, *a])
d[*a] = 9
print(d)
del d[*b]
print(d)
try:
    e = ()
    print(d[*e])
except KeyError as e:
    print("KeyError", e)
