# sys.exit() with no argument exits with status 0.
import sys

print("one")
try:
    raise SystemExit(7)
except SystemExit as e:
    print("code", e.code, e.args)
print("two")
sys.exit()
