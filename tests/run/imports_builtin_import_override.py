import builtins

orig = builtins.__import__
log = []

def spy(name, globals=None, locals=None, fromlist=(), level=0):
    log.append((name, tuple(fromlist) if fromlist else ()))
    return orig(name, globals, locals, fromlist, level)

builtins.__import__ = spy
try:
    import math
    from os import path, sep
    import os.path as osp
    def f():
        import json
        return json.dumps(1)
    print(f())
finally:
    builtins.__import__ = orig
import string
for entry in log:
    print(entry)
print(len(log))
