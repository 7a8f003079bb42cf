# An exception raised inside an except block that is not caught.
def lookup(seq, i):
    try:
        return seq[i]
    except IndexError:
        return seq["fallback"]


print(lookup([1, 2], 0))
print(lookup([1, 2], 5))
