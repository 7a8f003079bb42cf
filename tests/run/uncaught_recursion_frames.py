# Uncaught error deep inside recursion; the traceback shows every frame.
def down(n):
    if n == 0:
        return [][1]
    return down(n - 1) + 1

print(down.__name__)
down(5)
