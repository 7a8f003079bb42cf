# error: 5:1: expected 'except' or 'finally' block
try:
    x = 1
    # a comment does not end the try
y = 2
