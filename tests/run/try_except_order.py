# The first matching handler wins; base classes catch subclasses.
def classify(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return "zero"
    except ArithmeticError:
        return "arith"
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__


for exc in [ZeroDivisionError(), OverflowError(), KeyError(), IndexError(),
            ValueError(), FloatingPointError()]:
    print(classify(exc))
try:
    try:
        raise SystemExit(0)
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
handlers = (TypeError, ValueError)
try:
    int([])
except handlers as e:
    print("dynamic tuple:", type(e).__name__)
