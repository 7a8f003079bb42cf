"""Storing a predicted int into an exact list (data[i] = ..., row[j] += ...)
may reuse the int object it replaces when nothing else refers to it (up to
3.11): values, identity with the small-int cache, aliases held elsewhere,
negative and multi-digit values are all as in CPython."""
# expect-c: AotObj_SetItemTVTV(


def mix(data, rounds):
    n = len(data)
    for r in range(rounds):
        for i in range(n):
            data[i] = (data[i] * 7 + data[(i + r + 1) % n] - 500) % 1000003
    return data


def acc(row, n):
    for j in range(n):
        row[j % len(row)] += j * 1000 - 3 * j * j
    return row


def crossing(xs):
    # one-digit values (< 2**30) turn into two-digit ones and back
    for k in range(6):
        for i in range(len(xs)):
            xs[i] = xs[i] * 1024 if k < 3 else xs[i] // 1024
    return xs


def aliasing():
    a = [1000, 2000, -3000]
    keep = a[0]
    neg = a[2]
    for i in range(3):
        a[i] = a[i] + 1
    small = 200
    a[1] = a[1] - 1801  # 198: a cached small int
    same = a[1] is (small - 2)
    return a, keep, neg, same


def to_small(xs):
    for i in range(len(xs)):
        xs[i] = xs[i] % 7 - 5
    return xs, [x is y for x, y in zip(xs, [v % 7 - 5 for v in range(3)])]


def main():
    print(mix([i * 37 + 400 for i in range(50)], 20)[:8])
    print(acc([1000 + i for i in range(7)], 200))
    print(crossing([300 + i for i in range(5)] + [-(2 ** 29) - 1]))
    print(aliasing())
    print(to_small([1000, 1001, 1002]))
    big = [2 ** 40, -(2 ** 40), 10 ** 20]
    for i in range(3):
        big[i] = big[i] // 3 + 1
    print(big)
    flags = [True, False, 12345]
    for i in range(3):
        flags[i] = flags[i] + 1000
    print(flags)


main()
