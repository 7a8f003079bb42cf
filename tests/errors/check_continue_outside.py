# 'continue' directly in a function body.
# error: 6:5: 'continue' not properly in loop


def f():
    continue
