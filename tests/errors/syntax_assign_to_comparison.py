# error: 4:5: cannot assign to comparison
import sys
if sys:
    a < b = 1
