# Exceptions raised while evaluating except-clause type expressions.
def f():
    try:
        raise ValueError("original")
    except undefined_name:
        print("never")

try:
    f()
except NameError as e:
    print("NameError:", e)
    print("context:", type(e.__context__).__name__, e.__context__)

# except clause expression is not evaluated if no exception is raised
def g():
    try:
        return "ok"
    except undefined_name_two:
        return "bad"

print(g())

# an earlier clause that matches prevents later bad clause evaluation
def h():
    try:
        raise KeyError("k")
    except KeyError:
        return "matched first"
    except undefined_three:
        return "never"

print(h())

# non-exception class in except clause
def k():
    try:
        raise ValueError("v")
    except 42:
        pass

try:
    k()
except TypeError as e:
    print("TypeError:", e)
    print("context:", repr(e.__context__))

# tuple with a non-class
def m():
    try:
        raise ValueError("v")
    except (KeyError, "str"):
        pass

try:
    m()
except TypeError as e:
    print("TypeError:", e)

# except clause evaluated from a function call
calls = []
def which():
    calls.append(1)
    return (IndexError, ValueError)

for exc in (ValueError, IndexError, KeyError):
    try:
        try:
            raise exc("x")
        except which():
            print("caught", exc.__name__)
    except KeyError:
        print("escaped", exc.__name__)
print(len(calls))
