# Exception objects: args, str, repr, attributes.
try:
    raise ValueError("a", 2, [3])
except ValueError as e:
    print(e.args, str(e), repr(e))
try:
    raise KeyError("key")
except KeyError as e:
    print(str(e), repr(e), e.args)
try:
    raise Exception
except Exception as e:
    print(repr(e), str(e) == "", e.args)
try:
    raise OSError(2, "No such file")
except OSError as e:
    print(e.errno, e.strerror, type(e).__name__, isinstance(e, FileNotFoundError))
try:
    open("/nonexistent/dir/file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
e = ValueError("kept")
print(type(e).__name__, e, isinstance(e, Exception), issubclass(ValueError, Exception))
try:
    raise StopIteration(5)
except StopIteration as si:
    print(si.value)
print(ZeroDivisionError.__mro__[1].__name__, KeyError.__bases__[0].__name__)
