def outer(a):
    def helper(b, c=1):
        return b + c
    lam = lambda q: q * 2
    return helper(a) + lam(a)


def with_comprehension(xs, k):
    ys = [x * k for x in xs if x]
    return {y: [z for z in range(y)] for y in ys}
