"""Module loops inside an outer loop: a name the inner loop does not bind
this time keeps the value the outer code gave it."""
results = []
for outer in [3, 0, 2, 0]:
    last = "unset"
    for k in range(outer):
        last = k * 10
        acc = k
    results.append(last)
    if outer == 0:
        acc = "reset by the outer loop"
    results.append(acc)
print(results)
w = 5
while w > 0:
    w -= 2
    z = w * 1.5
else:
    z = str(z) + "!"
print(w, z)
big = 1
for e in range(70):
    big *= 3
    neg = -big
print(big, neg, big.bit_length())
s = 0.0
for e in range(10):
    s += 0.1
print(s, s == 1.0, repr(s))
