# In-place float updates whose right side is a predicted int (a list item
# times 2) report errors with the in-place operator (+=, -=, *=).
def acc(a):
    t = 0.5
    t += a[0] * 2
    return t
def acc2(a):
    t = 0.5
    t -= 3
    t *= a[0]
    return t
for v in (["s"], [[1]], [2], [2.5]):
    try:
        print(acc(v))
    except TypeError as e:
        print(e)
    try:
        print(acc2(v))
    except TypeError as e:
        print(e)
