"""Uncaught error after an int loop left the short range (general copy), via lambda and listcomp."""
def step(x, k):
    y = x * k
    if y > 2**64:
        y = y // (k - k)
    return y

def walk(n):
    v = 3
    seen = []
    for i in range(n):
        v = step(v, 1 << i)
        seen.append(v.bit_length())
    return seen

apply = lambda f, n: [f(m) for m in range(n, n + 3)]

def top():
    print(walk(5))
    print(apply(walk, 3))
    return apply(walk, 11)

top()
