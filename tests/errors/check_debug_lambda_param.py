# error: 2:12: cannot assign to __debug__
g = lambda __debug__: 0
