# An exception raised directly at module level after some output.
import sys

print("starting")
sys.stdout.flush()
items = [1, 2, 3]
total = 0
for i in items:
    total += i
print("total", total)
raise RuntimeError("module level failure: " + str(total))
