import sys
import types

fake = types.ModuleType("fakemod_xyz")
fake.value = 41
fake.bump = lambda x: x + 1
sys.modules["fakemod_xyz"] = fake

import fakemod_xyz
print(fakemod_xyz.value, fakemod_xyz.bump(1))
from fakemod_xyz import value as v
print(v)

def reimport():
    import fakemod_xyz as fm
    return fm.value

fake.value = 99
print(reimport())
other = types.ModuleType("other")
other.value = 7
sys.modules["fakemod_xyz"] = other
print(reimport())
del sys.modules["fakemod_xyz"]
try:
    import fakemod_xyz
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    from fakemod_xyz_nope import thing
except ModuleNotFoundError as e:
    print("MNF", e.name)
sys.modules["fakemod_abc"] = fake
try:
    from fakemod_abc import missing
except ImportError as e:
    print("IE", str(e).split(" (")[0])
del sys.modules["fakemod_abc"]
