# not cannot follow * in a display.
# error: 3:7: invalid syntax
x = [*not a]
