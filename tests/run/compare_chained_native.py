"""Chained comparisons (lo <= x < hi) compare each link in its operands'
own reps: predicted ints natively, in conditions by the truth of each link
(CPython's jumps), as values by the result of the last link evaluated; the
middle operand runs once; user types see each __lt__ call in order."""
# expect-c: AotTV_CompareBool(

def count_in(xs, lo, hi):
    n = 0
    for x in xs:
        if lo <= x < hi:
            n += 1
    return n


def classify(v):
    return 0 < v < 10, 1 <= v <= 1, v == v == 3, 0.5 < v < 2**70


def loop(n):
    t = 0
    for i in range(n):
        if 5 <= i % 30 < 20:
            t += i
        j = i
        while 0 <= j < 3 < 4:
            j += 1
    return t


def lt_hook(self, other):
    print("lt", other)
    return "yes"


Noisy = type("Noisy", (), {"__lt__": lt_hook, "__gt__": lt_hook})


def objs(a, b, c):
    r = a < b < c
    if a < b < c:
        print("branch taken", r)
    return r


def main():
    print(count_in(list(range(-5, 50)), 0, 10), count_in([1.5, 2.5, 9.99, 10.0], 0, 10))
    print([classify(v) for v in (-1, 0, 1, 3, 9.5, 10, 2**70, 1.0)])
    print(loop(1000))
    print(objs(1, Noisy(), 3))
    print(objs(1, 2, Noisy()))
    print(objs(3, 2, Noisy()))
    try:
        print(1 < "a" < 3)
    except TypeError as e:
        print(e)
    x = [1]
    print(0 < len(x) < 2, x is x is not None, 1 in x in [[1]])


main()
