count = 0
i = 0
while i < 2.5:
    count += 1
    i += 1
print(count, i)
out = []
for i in range(-3, 4):
    out.append((i < 0.5, i <= -1.0, i == 2.0, i != 1.0, i > -2.5, i >= float("nan")))
print(out)
big = 2**53 + 1
print(big == float(big), big > float(big), big - 1 == float(big - 1))
inf = float("inf")
k = 0
for i in range(10):
    if -inf < i < inf:
        k += 1
print(k)
x = 0.0
for n in range(1, 11):
    x += n / 10
    if x > n:
        print("exceeded at", n, x)
        break
print(round(x, 10))
total = 0.0
for n in range(100):
    total += n
print(total, type(total).__name__)
f = 1.0
for n in range(1, 30):
    f *= n
print(f, int(f) == f)
mix = 0
for n in range(5):
    mix = mix + n * 0.5 if n % 2 else mix + n
    print(mix, end=" ")
print()
print(10**400 > 1e308, -10**400 < -1e308, 10**400 > inf)
