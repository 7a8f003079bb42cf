# Loops mixing ints and floats where types change along the way.
def avg(n):
    s = 0
    for i in range(n):
        s += i
    return s / n


def wobble(n):
    v = 1
    for i in range(n):
        if i == 3:
            v = v + 0.5
        v = v * 2
    return v


print(avg(10), avg(7), avg(1))
print(wobble(2), wobble(3), wobble(4), wobble(10))
x = 0
for i in range(5):
    x += 0.1 if i % 2 else 1
print(x)
