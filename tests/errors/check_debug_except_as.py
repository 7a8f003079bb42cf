# error: 4:1: cannot assign to __debug__
try:
    pass
except ValueError as __debug__:
    pass
