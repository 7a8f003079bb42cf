# Various import forms with stdlib modules.
import os
import os.path
import os.path as osp
import collections.abc
from math import sqrt, pi as PI
from string import ascii_lowercase as letters
import json, re

print(osp is os.path, osp.join("a", "b"), os.path.basename("/x/y.txt"))
print(sqrt(16), round(PI, 5), letters[:5])
print(json.dumps({"b": [1, 2], "a": None}, sort_keys=True), json.loads("[1, 2.5, \"x\"]"))
print(re.findall(r"\d+", "a1b22c333"), re.sub(r"\s+", "-", "a  b   c"))
print(isinstance([], collections.abc.Sequence), isinstance({}, collections.abc.Mapping))
print(type(os).__name__, os.__name__, osp.__name__ in ("posixpath", "ntpath"))
