# Two '=' in a row.
# error: 4:5: invalid syntax
a = 1
x = = 2
