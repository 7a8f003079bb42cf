import builtins
Fake = type("FakeAssertion", (Exception,), {})
orig = builtins.AssertionError
builtins.AssertionError = Fake
def check(x):
    try:
        assert x, "bad x"
    except orig as e:
        return "real AssertionError: " + str(e)
    except Fake:
        return "fake"
    return "ok"
try:
    print(check(0), check(1))
    try:
        assert False
    except Exception as e:
        print(type(e).__name__)
finally:
    builtins.AssertionError = orig
AssertionError = Fake
try:
    assert [], "module-level shadow"
except Exception as e:
    print(type(e).__name__, e)
del AssertionError
print(check(""))
