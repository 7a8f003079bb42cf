"""A function whose body ends in `while True:` without a break returns
only through its return statements, so a float-returning one is predicted
to return a float; with a break it may also fall off the end (None)."""


def newton(x, tol=1e-12):
    if x == 0:
        return 0.0
    g = x / 2.0
    while True:
        nxt = (g + x / g) / 2.0
        if abs(nxt - g) < tol:
            return nxt
        g = nxt


def inner_break(n):
    k = 0.5
    while True:
        for i in range(n):
            if i > 2:
                break
            k += i
        if k > 10:
            return k
        k *= 2.0


def breaks(n):
    x = 1.5
    while True:
        x *= 2.0
        if x > n:
            break
        if x < 0:
            return x


def breaks_in_try(n):
    x = 0.25
    while True:
        try:
            x += 1.0
            if x > n:
                break
        finally:
            x += 0.5
    return None if x > 100 else x


def raises(n):
    x = 1.0
    while True:
        x *= 3.0
        if x > n:
            raise ValueError(x)


t = 0.0
for i in range(1, 2000):
    t += newton(float(i))
print(round(t, 6), newton(0), newton(2.0), newton(10**20))
print(inner_break(3), breaks(100), breaks_in_try(5), breaks_in_try(500))
try:
    raises(100)
except ValueError as e:
    print("ValueError", e)
