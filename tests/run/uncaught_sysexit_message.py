# sys.exit with a string prints it to stderr and exits with status 1.
import sys

print("about to exit")
for m in ["step 1", "step 2"]:
    print(m)
sys.stdout.flush()
messages = ["fatal:", "something", "went", "wrong"]
if len(sys.argv) >= 1:
    sys.exit(" ".join(messages))
print("not reached")
