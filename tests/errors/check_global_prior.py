# A name used before its global declaration.
# error: 8:5: name 'x' is used prior to global declaration
x = 0


def f():
    print(x)
    global x
    x = 1
