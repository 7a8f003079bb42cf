# A binary operator with no right operand.
# error: 4:8: invalid syntax
a = 1
x = a +
print(x)
