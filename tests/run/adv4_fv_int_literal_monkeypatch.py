"""Float-predicted values (a rebound function's result) meeting int literals:
the literal must stay an int when the value turns out to be an int or a str.
(HEAD 21e603b converted the literal to 2.0/3.0: 3.458764513820541e+18 and
TypeError instead of 3458764513820540929 and 'ababab'.)"""
def half():
    return 0.5

def triple(x):
    return x * 3 + 1

def use():
    return triple(half())

def use2():
    y = half()
    return y * 3

print(use())
globals()["half"] = lambda: 2**60
print(use())
globals()["half"] = lambda: "ab"
print(use2())
