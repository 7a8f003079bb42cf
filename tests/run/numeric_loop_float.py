# Float loops: integration and series.
def integrate(steps):
    h = 1.0 / steps
    acc = 0.0
    for i in range(steps):
        x = (i + 0.5) * h
        acc += 4.0 / (1.0 + x * x)
    return acc * h


def leibniz(terms):
    s = 0.0
    sign = 1.0
    for k in range(terms):
        s += sign / (2 * k + 1)
        sign = -sign
    return 4.0 * s


# expect: integrate(int) -> float native
# expect: leibniz(int) -> float native
print(integrate(10), integrate(1000), integrate(4000))
print(leibniz(1), leibniz(100), leibniz(2001))
