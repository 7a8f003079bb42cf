# The same parameter name twice; reported at the second occurrence.
# error: 5:13: duplicate argument 'a' in function definition


def f(a, b, a):
    return a + b
