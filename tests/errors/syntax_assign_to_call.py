# error: 3:5: cannot assign to function call here. Maybe you meant '==' instead of '='?
def f(d):
    d.get(1) = 2
