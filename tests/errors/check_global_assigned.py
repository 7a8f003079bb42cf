# A name assigned before its global declaration.
# error: 7:5: name 'y' is assigned to before global declaration


def f():
    y = 1
    global y
