# error: 2:1: cannot assign to True
True = 0
