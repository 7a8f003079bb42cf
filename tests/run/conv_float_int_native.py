"""float(i) of a predicted int and int(x) of a predicted float or int are
converted without boxing while the names hold the builtin types: rounding
of ints past 2**53, truncation toward zero, -0.0, the errors of nan, inf
and huge values, big ints held by predicted ints, and rebinding."""
# expect-c: aotg_float_tv(
# expect-c: aotg_int_fv(
# expect-c: aotg_int_tv(


def mix(n):
    t = 0
    s = 0.0
    for i in range(n):
        x = float(i) * 0.37
        t += int(x)
        s += float(i * i)
        t += int(i)
    return t, s


def edges():
    out = []
    for v in [1.5, -1.5, -0.0, 0.999999, -0.999999, 2.0**62, -2.0**62,
              1e300, 3.99e18, -3.99e18, 4.5e18, 2.0**63, -2.0**63]:
        out.append(int(v))
    for bad in [float("nan"), float("inf"), -float("inf")]:
        try:
            int(bad)
        except (ValueError, OverflowError) as e:
            out.append(repr(e))
    for i in [0, -1, 2**53 + 1, 2**53 + 3, 2**62 - 1, -2**62, 2**62,
              2**70 + 1, -(2**63) + 1]:
        out.append(float(i))
        out.append(int(i))
    try:
        float(10**400)
    except OverflowError as e:
        out.append(repr(e))
    return out


def big(n):
    k = 2**61
    r = []
    for _ in range(n):
        k *= 2
        r.append((float(k), int(k), int(float(k))))
    return r


def conv(n):
    out = []
    for i in range(n):
        out.append((float(i), int(i * 0.5), int(i)))
    return out


print(mix(2000))
print(edges())
print(big(4))
float = lambda x: "float of %r" % (x,)
int = lambda x: ["int of", x]
print(conv(2), big(1))
del float, int
print(mix(3), conv(2))
