# pass, empty bodies and one-line suites.
def empty():
    pass


def doc_only():
    "only a docstring"


for i in range(3): pass
if True: print("one-liner if")
while False: pass
x = 1; y = 2; print(x + y)
print(empty(), doc_only(), i)
if x == 1: a = "a"; b = "b"
print(a, b)
for j in range(2): print("j", j); print("again", j)
