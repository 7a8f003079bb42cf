# Digit manipulation of big numbers using divmod and strings.
def reverse_digits(n):
    r = 0
    while n:
        n, d = divmod(n, 10)
        r = r * 10 + d
    return r


n = 2 ** 150
print(n)
print(reverse_digits(n))
print(sum([int(c) for c in str(n)]))
print(str(n).count("7"), str(n)[::-1] == str(reverse_digits(n)))
x = 1
for i in range(1, 40):
    x = x * 10 + i % 10
print(x, x % 97, len(str(x)))
