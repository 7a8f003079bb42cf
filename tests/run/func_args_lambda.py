# Lambdas without free variables.
square = lambda x: x * x
add = lambda a, b=10: a + b
const = lambda: 42
varargs = lambda *a, **k: (a, sorted(k))
print(square(7), add(1), add(1, 2), const(), varargs(1, 2, z=3))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in "+-*":
    print(sym, ops[sym](6, 3))
print(list(map(lambda s: s.upper(), ["a", "b"])), list(filter(lambda n: n % 2, range(7))))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print((lambda x, y: x ** y)(2, 8), (lambda: "called")())
fns = [lambda v: v + 1, lambda v: v * 2, lambda v: v ** 2]
print([fn(5) for fn in fns])
compose = lambda f, g, x: f(g(x))
print(compose(square, lambda q: q + 1, 3))
