# Duplicate parameters in a lambda, one of them keyword-only.
# error: 3:18: duplicate argument 'x' in function definition
g = lambda x, *, x=1: 0
