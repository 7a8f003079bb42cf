calls = []
def v(x):
    calls.append(x)
    return x

i = 0
while 0 <= i < 5 != i * 2:
    i += 1
print(i)
lo, hi = 0, 10
while lo < hi - 1 > 0:
    mid = (lo + hi) // 2
    if mid * mid > 30:
        hi = mid
    else:
        lo = mid
print(lo, hi)
n = 0
while v(0) < v(n) <= v(3):
    n += 1
else:
    print("while else", n)
print(calls)
calls.clear()
n = 1
while v(n) < v(4) < v(n * 10):
    n += 1
print(n, calls)
x = 1.0
steps = 0
while 0.001 < x < 2 == 2:
    x /= 3
    steps += 1
print(steps)
a = [3, 1, 2]
while a and a[0] > a[-1] >= 1:
    a.append(a.pop(0))
print(a)
s = "abc"
while "a" <= s[0] < "z" and len(s) < 6:
    s = chr(ord(s[0]) + 5) + s
print(s)
