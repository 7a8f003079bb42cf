"""A module loop whose globals are kept in registers reads a global that is
not bound yet: NameError, as in CPython (the register holding the unbound
marker used to be added to as if it were a number: a crash)."""
total = 0
for i in range(5):
    if i > 2:
        total += last
    last = i * 2
print(total, last)
try:
    for j in range(3):
        z += 1
except NameError as e:
    print("NameError:", e)
try:
    for j in range(3):
        x = x + (j if j < 2 else undef)
except NameError as e:
    print("NameError:", e)
k = 0
try:
    while k < 3:
        k += 1
        if k == 2:
            del k2
        k2 = k + k3
except NameError as e:
    print("NameError:", e, k)
k3 = 10
k = 0
while k < 3:
    k += 1
    k2 = k + k3
print(k, k2)
i = 0
while i < 3:
    i += 1
    w = w + 1
