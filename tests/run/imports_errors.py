# Import errors.
try:
    import definitely_not_a_module_xyz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from math import no_such_function
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
try:
    import os.nonexistent_submodule
except ImportError as e:
    print(type(e).__name__, e)
from os import path
print(path.sep)
