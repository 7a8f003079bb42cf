# Recursion depth is off by one: the compiled module body is not counted.
# Expected (CPython): "999" then a traceback whose first frame is
# 'line 18, in <module>' followed by "[Previous line repeated 996 more times]";
# got: "1000", and the traceback has 1001 entries so the default excepthook
# (limit sys.tracebacklimit=1000) drops the <module> frame and says
# "[Previous line repeated 997 more times]".
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
