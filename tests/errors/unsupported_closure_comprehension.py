# Lambdas created in a comprehension capture its loop variable.
# error: 4:18: unsupported: closures (free variable 'i' of function '<lambda>')
import sys
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs], sys.maxsize > 0)
