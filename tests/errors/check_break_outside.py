# 'break' inside an if but not inside a loop.
# error: 5:5: 'break' outside loop
x = 1
if x:
    break
