# A recursion limit lowered after a deep recursion is honoured at once.
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
