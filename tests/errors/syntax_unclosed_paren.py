# A parenthesis that is never closed.
# error: 4:5: '(' was never closed
a = 1
x = (a,
     2
