# The operand of * in a display is a bitwise-or expression.
# error: 4:9: invalid syntax
a = []
x = [*a if a else a]
