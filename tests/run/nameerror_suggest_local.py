# An uncaught NameError in a function is printed with CPython's
# suggestion of a similar local name ("Did you mean: 'value'?"), which
# 3.10/3.11 take from the names of the traceback's last frame.
def total(values):
    count = 0
    for value in values:
        count += value
    return cuont


print(total.__name__)
total([1, 2])
