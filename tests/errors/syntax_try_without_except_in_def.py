# error: 7:5: expected 'except' or 'finally' block
def f(xs):
    for x in xs:
        pass
    try:
        return xs[0]
    return None
