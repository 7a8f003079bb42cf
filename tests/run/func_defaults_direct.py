# Direct calls that leave out defaulted arguments get specialized clones;
# the defaults are read from __defaults__ at each call, so changing it
# (other types, shorter, None) behaves as in CPython.
# expect: work(int, int, float) -> float native
# expect: count(int, int) -> int native


def work(n, step=2, scale=0.5):
    total = 0.0
    for i in range(0, n, step):
        total += i * scale
    return total


def count(n, acc=0):
    if n == 0:
        return acc
    return count(n - 1, acc + n)


def main(size=10):
    print(work(size), work(size, 3), work(size, 1, 2.0))
    print(count(100), count(10, 5))


main()
work.__defaults__ = (5, 1)
print(work(20))
work.__defaults__ = (1, "ab")
try:
    print(work(3))
except TypeError as e:
    print("TypeError:", e)
work.__defaults__ = (4, 10**30)
print(work(9))
work.__defaults__ = (2,)
try:
    work(3)
except TypeError as e:
    print("TypeError:", e)
work.__defaults__ = None
try:
    work(3)
except TypeError as e:
    print("TypeError:", e)
count.__defaults__ = (2.5,)
print(count(3))
