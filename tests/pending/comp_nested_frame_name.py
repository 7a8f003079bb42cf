# An exception raised in an inner comprehension and propagating through an
# outer comprehension gets the wrong name for the outer comprehension's
# traceback entry: it is named after the enclosing function ('f', or
# '<module>' at module level) instead of '<listcomp>'.
# Expected (CPython 3.11):
#   ['<module>', 'f', '<listcomp>', '<listcomp>']
#   ['<module>', '<listcomp>', '<listcomp>']
# Got:
#   ['<module>', 'f', 'f', '<listcomp>']
#   ['<module>', '<module>', '<listcomp>']
# Suspected cause: the traceback entry added when unwinding out of an outer
# comprehension takes the code name of the enclosing scope (the name used
# for the traceback entry is picked at the wrong nesting level when the
# error originates in a nested comprehension); an error raised directly in
# the outer comprehension is named correctly.
import traceback

def f(keys):
    return [[1 // k for _ in range(1)] for k in keys]

try:
    f([0])
except ZeroDivisionError as e:
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])
try:
    [[1 // k for _ in range(1)] for k in [0]]
except ZeroDivisionError as e:
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])
