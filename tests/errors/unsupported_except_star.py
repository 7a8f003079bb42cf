# except* (exception groups) is not supported yet.
# error: 6:1: unsupported: 'except*'
try:
    x = 1
    print(x)
except* ValueError:
    pass
