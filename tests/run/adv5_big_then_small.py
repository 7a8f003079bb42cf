"""Values that become big ints and then small again; locals after the switch
keep working; del of locals; recursion through the transition."""

def roundtrip(n):
    x = 1
    out = []
    for i in range(n):
        x = x * 1000003
        y = x % 65521
        x = x // 999983 if x > 2**70 else x
        out.append((y, x.bit_length()))
    return x, out[-3:]

print(roundtrip(5))
print(roundtrip(20))

def down_again(a):
    big = a ** 5
    small = big >> 300
    k = small - 1
    del big
    k += 7
    return small, k, type(k).__name__

for a in (2, 10, 2**61, 2**62, -(2**61)):
    print(a, down_again(a))

def del_then_rebind(v):
    t = v + 1
    u = t * 3
    del t
    try:
        print(t)
    except UnboundLocalError as e:
        print("unbound:", e)
    t = u - v * 3
    return t, u

print(del_then_rebind(5), del_then_rebind(2**62), del_then_rebind(-(2**62) - 1))

def fact(n):
    if n <= 1:
        return 1
    r = n * fact(n - 1)
    return r

def fact_mod(n, m):
    f = fact(n)
    q = f % m
    return q, q * 2 + 1

print([fact_mod(n, 1000007) for n in (5, 20, 21, 25, 40)])

def fib_pair(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    c = a - b
    return a % 1000, c, a.bit_length()

print(fib_pair(10), fib_pair(90), fib_pair(93), fib_pair(200))

def neg_overflow(x):
    y = -x
    z = abs(x)
    return y, z, y + z, ~x

for x in (2**62 - 1, -(2**62), -(2**63), 2**63 - 1, -(2**63) - 1):
    print(neg_overflow(x))

def sub_chain(a, b):
    c = a - b
    d = c - b
    e = d + 2 * b
    return c, d, e, e == a
print(sub_chain(-(2**61), 2**61 + 5), sub_chain(2**62 - 1, -(2**62)))
