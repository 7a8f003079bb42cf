# A float-predicted local holding NaN is boxed afresh at every use, so the
# same variable is no longer identical to itself. CPython's containers use
# identity before ==, so membership, dict lookup, list equality and count
# all change for NaN (the `x is x` part for ints is the documented "is on
# large ints" deviation, but here even == on containers and dict lookups
# differ).
# CPython prints:  (True, True, 'found', True, 1)
# compiled prints: (False, False, 'missing', False, 0)
def f():
    inf = 1e309
    nan = inf - inf
    d = {nan: "found"}
    return nan is nan, nan in [nan], d.get(nan, "missing"), [nan] == [nan], [nan].count(nan)

print(f())
