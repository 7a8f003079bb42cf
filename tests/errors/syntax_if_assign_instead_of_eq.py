# error: 4:4: invalid syntax. Maybe you meant '==' or ':=' instead of '='?
import sys
x = len(sys.argv)
if x = 1:
    print(x)
