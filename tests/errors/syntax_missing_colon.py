# An if statement without its colon.
# error: 4:5: expected ':'
x = 1
if x
    print(x)
