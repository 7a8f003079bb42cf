# Several statement errors in one file are all reported, in order.
# error: 7:5: 'break' outside loop
# error: 11:5: 'continue' not properly in loop


def f():
    break


def g():
    continue
