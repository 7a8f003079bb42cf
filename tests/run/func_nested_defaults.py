# Nested functions whose defaults/decorators/annotations use enclosing locals (no closures).
def outer(n):
    base = n * 10
    def inner(x, b=base, *, k=n + 1):
        return x + b + k
    lam = lambda v, m=n: v * m
    fns = [lambda i=i: i * i for i in range(n)]
    return inner(1), inner(1, 2), inner(1, k=0), lam(3), [f() for f in fns], inner.__defaults__, inner.__kwdefaults__

print(outer(3))

def build():
    names = []
    marker = "m"
    def dec(fn, marker=marker):
        fn.tag = marker
        return fn
    @dec
    def one():
        return 1
    @dec
    def two():
        return 2
    def ann(a: marker, b: "str" = marker) -> marker:
        return a + b
    return one.tag, two.tag, one(), two(), ann.__annotations__, ann("x")

print(build())

def counter_factory(start):
    def counter(state=[start]):
        state[0] += 1
        return state[0]
    return counter

c1 = counter_factory(10)
c2 = counter_factory(100)
print(c1(), c1(), c2(), c1(), c2())

def recursive_inner(n):
    def fact(k, fact_ref=None):
        if k <= 1:
            return 1
        return k * fact_ref(k - 1, fact_ref)
    return fact(n, fact)

print(recursive_inner(10))

def comp_uses_locals(n):
    scale = 3
    offset = [1, 2]
    return [i * scale + offset[i % 2] for i in range(n) if i != scale], {k: scale for k in "ab"}

print(comp_uses_locals(5))

def loop_defs():
    out = []
    for i in range(3):
        def f(i=i, j=i * 2):
            return (i, j)
        out.append(f)
    return [f() for f in out]

print(loop_defs())
