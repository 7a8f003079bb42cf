# warnings.warn() from compiled code is attributed to the nearest interpreted
# frame (importlib) instead of the .py file and line.
# Expected (CPython) stderr:
#   .../warnings_location.py:14: UserWarning: careful
#     warnings.warn("careful")
#   .../warnings_location.py:16: DeprecationWarning: module level
#     warnings.warn("module level", DeprecationWarning)
# Got:
#   <frozen importlib._bootstrap>:241: UserWarning: careful
# (and the DeprecationWarning is filtered out, since it is not seen as coming
# from __main__).
import warnings
def f():
    warnings.warn("careful")
f()
warnings.warn("module level", DeprecationWarning)
print("done")
