# Recursive functions with several argument shapes.
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def count_down(n, acc=None):
    if acc is None:
        acc = []
    if n == 0:
        return acc
    acc.append(n)
    return count_down(n - 1, acc)


def flatten(x, out):
    if isinstance(x, list):
        for item in x:
            flatten(item, out)
    else:
        out.append(x)
    return out


# expect: ackermann(int, int) -> int native
print(ackermann(2, 3), ackermann(3, 3))
print(count_down(5), count_down(0))
print(flatten([1, [2, [3, [4, []]], 5], [[6]]], []))
