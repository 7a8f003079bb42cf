f = lambda a, b=2, *c, d, e=5, **g: (a, b, c, d, e, sorted(g.items()))
print(f(1, d=4))
print(f(1, 3, 7, 8, d=0, z=9, e=1))
print(f.__defaults__, f.__kwdefaults__, f.__name__)
try:
    f(1)
except TypeError as ex:
    print(ex)
g = lambda *, k: k * 2
print(g(k=3))
try:
    g(3)
except TypeError as ex:
    print(ex)
h = lambda a, /, b: a - b
print(h(5, b=2), h(5, 2))
try:
    h(a=1, b=2)
except TypeError as ex:
    print(ex)
defaults = [lambda x, n=n: x + n for n in range(3)]
print([d(10) for d in defaults])
nested = lambda x=(lambda: 7)(): x
print(nested(), nested(1))
m = lambda **kw: kw
print(m(a=1, b=2))
ident = lambda x: x
print(ident(ident)(5))
print((lambda: "immediate")())
print((lambda *a, **k: (a, k))(1, 2, x=3))
