# warnings.warn() from compiled module-level code now names the right file and
# module (the __main__ DeprecationWarning filter works), but the line is 1:
# the line of the frame the module body runs in, not of the warn() call.
# Expected (CPython): '...warnings_location.py:14: UserWarning: careful';
# got '...warnings_location.py:1: UserWarning: careful'.
import warnings
def f():
    warnings.warn("careful")
f()
warnings.warn("module level", DeprecationWarning)
print("done")
