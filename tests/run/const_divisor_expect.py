"""x % MOD and x // MOD with MOD an int module constant divide by a C
constant while MOD still holds its value; rebinding MOD at run time (to
another int, a negative one, a float, a big int, zero or an object with
__rmod__) is seen at once."""
# expect-c: likely(r
MOD = 10**9 + 7
NEG = -7
STEP = 1000


def fib_mod(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % MOD
    return a


def mixed(xs):
    out = []
    for x in xs:
        out.append((x % NEG, x // NEG, x // STEP, x % STEP))
    return out


def one(x):
    return x % MOD, x // STEP


def rebind(v):
    global MOD
    MOD = v


def rmod_hook(self, other):
    return ("rmod", other)


Weird = type("Weird", (), {"__rmod__": rmod_hook, "__repr__": lambda s: "W"})


def main():
    print(fib_mod(1000))
    print(mixed([0, 1, -1, 13, -13, 2**62, -2**62, 2**70, -(2**70), True]))
    for v in 97, -97, 2.5, 2**80:
        rebind(v)
        print(v, fib_mod(30), one(12345))
    rebind(Weird())
    print(one(5))
    globals()["STEP"] = 7
    print(one(5), mixed([100]))
    rebind(0)
    try:
        print(fib_mod(5))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    rebind(10**9 + 7)
    print(fib_mod(100))


main()
