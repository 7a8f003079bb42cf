# Swapping locals with a parallel assignment inside a function: every value
# is taken before the first store, so `a, b = b, a` really swaps (a local
# name used to evaluate to the register that the first store overwrote).
def swap(a, b):
    a, b = b, a
    return a, b

def rot(a, b, c):
    a, b, c = c, a, b
    return a, b, c

def strs():
    a = "x"
    b = "y"
    [a, b] = b, a
    return a, b

print(swap(1, 2), rot(1, 2, 3), strs(), swap([1], [2]))
