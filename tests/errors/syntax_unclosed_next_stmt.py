# A list never closed before the next statement: CPython's last check of
# the whole token stream reports the bracket, not the next line.
# error: 4:5: '[' was never closed
x = [1, 2
y = 3
