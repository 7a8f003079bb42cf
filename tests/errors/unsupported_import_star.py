# Star imports are not supported.
# error: 4:1: unsupported: 'from ... import *'
import sys
from math import *
print(sqrt(4), sys.maxsize > 0)
