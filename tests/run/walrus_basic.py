# Assignment expressions.
if (n := len("hello")) > 3:
    print("long", n)
print(n)
data = [1, 5, 0, 7, 3]
i = 0
while (v := data[i]) != 0:
    print("value", v)
    i += 1
print([y for x in range(6) if (y := x * x) % 2 == 0], y)
print((a := 10) + a, a)


def f(xs):
    total = 0
    for x in xs:
        if (half := x // 2) > 1:
            total += half
    return total, half


print(f([1, 4, 9, 2]))
print([last := c for c in "abc"], last)
