# Pure compiled recursion stops at CPython's depth (the module body counts).
depth = 0

def dive(n):
    global depth
    depth = n
    return dive(n + 1)

try:
    dive(1)
except RecursionError:
    print(depth)
dive(1)
