"""An exception escaping a module loop that keeps its globals in registers:
the traceback points at the loop body and the atexit handler sees the values
the globals had when it was raised."""
import atexit
def show():
    print("at exit:", total, i)
atexit.register(show)
total = 0
for i in range(10):
    total += 10 // (7 - i)
