# error: 3:5: from __future__ imports must occur at the beginning of the file
def f():
    from __future__ import annotations
