# `print >> f` and `print >> f, x` are Python 3 expressions (a shift of
# the print builtin, a tuple), compiled as such; they fail at run time.
import sys
try:
    print >> sys.stderr
except TypeError as e:
    print(e)
try:
    print >> sys.stderr, "x"
except TypeError as e:
    print(e)
print >> 1
