# Exception chaining: __context__, __cause__, __suppress_context__.
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")


def explicit():
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e


def suppressed():
    try:
        [][1]
    except IndexError:
        raise TypeError("no context") from None


for fn in [implicit, explicit, suppressed]:
    try:
        fn()
    except Exception as e:
        ctx = e.__context__
        cause = e.__cause__
        print(fn.__name__, type(e).__name__, e)
        print("  context:", type(ctx).__name__, ctx)
        print("  cause:", type(cause).__name__, cause, "suppress:", e.__suppress_context__)
