# The operand of ** in a dict display is a bitwise-or expression.
# error: 4:10: invalid syntax
a = {}
x = {**a or b}
