# assert inside functions and loops.
def check_positive(values):
    for v in values:
        assert v > 0, f"bad value {v}"
    return sum(values)


print(check_positive([1, 2, 3]))
try:
    check_positive([1, -2, 3])
except AssertionError as e:
    print("AssertionError:", e)


def invariant(n):
    total = 0
    for i in range(n):
        total += i
        assert total >= i
    return total


print(invariant(100))
