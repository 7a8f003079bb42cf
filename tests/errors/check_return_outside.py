# 'return' at module level.
# error: 4:1: 'return' outside function
x = 1
return x
