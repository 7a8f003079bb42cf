# Chained comparisons evaluate the middle operand once and short-circuit.
calls = []


def v(n):
    calls.append(n)
    return n


print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
calls.clear()
print(v(1) == v(1) != v(2) < v(5) >= v(5))
print(calls)
calls.clear()
print(v(1) < v(0) < v(5) < v(6))
print(calls)
x = 5
print(0 < x < 10, 0 < x > 3, 10 > x >= 5 > 4 == 4, x < x + 1 < x + 2)
print(1 in [1, 2] in [[1, 2]], "a" < "b" in ["b"])
