# error: 3:7: invalid syntax. Perhaps you forgot a comma?
import sys
print(len(sys.argv) 2)
