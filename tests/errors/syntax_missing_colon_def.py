# A function definition without its colon.
# error: 3:8: expected ':'
def f()
    return 1
