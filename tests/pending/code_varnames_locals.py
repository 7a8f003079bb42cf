# __code__.co_varnames of a compiled function lists only the parameters, and
# co_nlocals counts only them; CPython also lists the plain locals.
# Expected (CPython): 3 ('a', 'b', 'c') / 1 ('kw', 'x')
# Got (pyaot):        2 ('a', 'b')      / 0 ('kw',)
# Suspected cause: the __code__ stand-in (runtime/aot_func.c, see "Known
# deviations: __code__" in docs/language-support.md, which only promises
# argument counts and names) is built from the parameter list alone.
def f(a, b):
    c = a + b
    return c
def g(**kw):
    x = 1
    return x
print(f.__code__.co_nlocals, f.__code__.co_varnames)
print(len(g.__code__.co_varnames) - 1, g.__code__.co_varnames)
