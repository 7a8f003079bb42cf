# Module objects and their attributes.
import sys
import math
import itertools as it
import os.path

print(__name__, math.__name__, it.__name__, os.path.join.__name__)
print("math" in sys.modules, sys.modules["math"] is math)
print(hasattr(math, "sqrt"), getattr(math, "nope", "default"))
print(list(it.islice(it.count(10, 5), 4)), list(it.accumulate([1, 2, 3, 4])))
print(list(it.product("ab", repeat=2)), list(it.combinations(range(4), 2))[:3])
print(type(sys.argv).__name__, sys.maxsize == 2 ** 63 - 1)
import math as m2
print(m2 is math, m2.floor(2.5))
