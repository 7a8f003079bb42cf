# Lowering sys.setrecursionlimit() after a deep recursion is not honoured.
# Expected (CPython): "first 999", "second 199"; got: "first 1000", "second 999".
# The native depth budget granted during the first deep recursion is kept after
# unwinding, so the lowered limit is only re-read once ~1000 levels are used up
# again (see also recursion_depth_module_frame.py for the off-by-one).
import sys
depth = 0

def dive(n):
    global depth
    depth = n
    return dive(n + 1)

try:
    dive(1)
except RecursionError:
    print("first", depth)
sys.setrecursionlimit(200)
try:
    dive(1)
except RecursionError:
    print("second", depth)
