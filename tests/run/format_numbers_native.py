"""f"{i}", f"{x}", f"{x:.Nf}" and str(i) of predicted ints and floats are
made from the unboxed word (digits written into an ASCII str, the double's
repr or fixed-point digits); other specs, conversions, big ints, NaN/inf,
bools and a patched builtins.str take the general path."""
# expect-c: AotFormat_TV(
# expect-c: AotFormat_FV(
# expect-c: aotg_str_tv(
import math


def ints(n):
    out = []
    for i in range(-n, n):
        out.append(f"{i}|{i!r}|{i!s}|{i!a}|{i:5d}|{i:x}|{str(i)}|{i * 2**40}")
    return out


def floats(xs):
    out = []
    for x in xs:
        y = x * 1.0
        out.append(f"{y}|{y!r}|{y:.2f}|{y:.0f}|{y:.15f}|{y:.3e}|{y:10.2f}|{y:g}|{y:.25f}")
    return out


def mixed(v):
    s = 0
    for i in range(v):
        s += len(str(i)) + len(f"{i}")
    return s


def main():
    print("\n".join(ints(20)))
    for v in (0, 1, -1, 2**62 - 1, -2**62, 2**62, -2**62 - 1, 10**18, 123456789):
        print(ints_one(v))
    xs = [0.0, -0.0, 1.5, 2.675, 1e16, 1e22, 1.23456789e-7, 5e-324, 1e308,
          math.inf, -math.inf, math.nan, 0.125, 0.005, 99.995, -1.005, 1/3]
    print("\n".join(floats(xs)))
    print(mixed(2000))
    print(f"{True}", f"{False:d}", str(True))
    patched()


def use_str(i):
    return str(i * 3)


def patched():
    import builtins
    old = builtins.str
    builtins.str = lambda x: "patched %r" % (x,)
    try:
        print(use_str(5), f"{5 * 3}")
    finally:
        builtins.str = old
    print(use_str(5))


def ints_one(v):
    w = v + 0
    return f"{w}", str(w), f"{w:,}", f"{w!r:>30}"


main()
