# Traceback line for 'for' over a non-iterable given on a later line.
# CPython 3.11 reports line 5 (the 'for' line; GET_ITER carries the statement's
# location); pyaot reports line 6 (the iterable expression's line).
try:
    for x in (
        5
    ):
        pass
except TypeError as e:
    print(e, e.__traceback__.tb_lineno)
