# Raising classes, instances and bad objects.
for thing in [ValueError, ValueError("inst"), KeyError, 42, "string"]:
    try:
        raise thing
    except Exception as e:
        print(type(e).__name__, repr(e))
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise IndexError("x") from KeyError("cause")
except IndexError as e:
    print(repr(e.__cause__))
try:
    raise ValueError("x") from ZeroDivisionError
except ValueError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__)
