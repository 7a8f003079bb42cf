# A dict never closed before an if block.
# error: 3:5: '{' was never closed
x = {1: 2
if x:
    pass
