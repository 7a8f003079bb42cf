# A for loop over a non-iterable given on a later line reports the for line.
try:
    for x in (
        5
    ):
        pass
except TypeError as e:
    print(e, e.__traceback__.tb_lineno)
