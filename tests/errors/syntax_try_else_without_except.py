# error: 4:1: expected 'except' or 'finally' block
try:
    x = 1
else:
    pass
