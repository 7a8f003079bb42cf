# error: 3:12: invalid syntax
import sys
total = 1 +
print(total)
