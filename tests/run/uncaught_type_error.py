# TypeError from a bad call argument count, uncaught.
def pair(a, b):
    return (a, b)


print(pair(1, 2))
print(pair(b=1, a=2))
print(pair(*"xy"))
result = pair(1, 2, 3)
print(result)
