# while loops with else, break and continue.
def find_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return 0
    return d


# expect: find_divisor(int) -> int native
print([find_divisor(n) for n in [2, 9, 15, 17, 91, 97, 1000003]])
i = 0
while i < 10:
    i += 1
    if i % 3:
        continue
    print("multiple of 3:", i)
else:
    print("loop ended normally at", i)
n = 0
while True:
    n += 1
    if n > 4:
        break
print(n)
while False:
    print("never")
else:
    print("else of empty while")
