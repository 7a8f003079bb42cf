import os.path as osp
from math import sqrt as root, pi


def f(a, /, b, *args, c=1, **kw) -> int:
    """Doc."""
    global g
    for i in range(a):
        if i % 2:
            continue
        elif i > 10:
            break
    else:
        pass
    while (n := b) > 0:
        b -= 1
    try:
        del kw["x"]
    except (KeyError, ValueError) as e:
        raise RuntimeError("bad") from e
    finally:
        assert a, "msg"
    with open(osp.devnull) as fh, open(osp.devnull):
        fh.read()
    return a


g: int = 0
a, *b = c = [1, 2, 3]
