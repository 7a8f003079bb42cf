# An uncaught NameError inside a comprehension suggests a similar name of
# the comprehension's own locals (3.10/3.11: from its code's names).
def squares(values):
    return {value: valeu * 2 for value in values}


print(squares([]))
squares([1, 2])
