"""x[i][j] with j on a later line than the subscript's start: an unbound j
or a failing j + 1 is reported at j's line, as in CPython (such a
subscript is not fused)."""
import traceback

def unbound(x, n, c):
    if c:
        j = 0
    s = 0
    for i in range(n):
        s += (x[i]
              [j])           # CPython: UnboundLocalError at this line (11)
    return s

def badadd(x, n):
    js = list(range(1))
    js[0] = "a"
    s = 0
    for i in range(n):
        for j in js:
            s += (x[i]
                  [j
                   + 1])     # CPython: TypeError at line 21 (the BinOp's)
    return s

for f, a in ((unbound, ([[1]], 1, False)), (badadd, ([[1, 2]], 1))):
    try:
        f(*a)
    except Exception as e:
        print(type(e).__name__, [fs.lineno for fs in traceback.extract_tb(e.__traceback__)])
