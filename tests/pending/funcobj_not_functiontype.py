# Compiled functions are not types.FunctionType, so stdlib code that checks for
# Python functions rejects them: inspect.isfunction() is False and
# inspect.getsourcefile()/getsource()/getfile() raise TypeError.
# Expected (CPython): True True / True / def f(a, b=1):
# Got (pyaot): False False / TypeError: module, class, method, function,
#   traceback, frame, or code object was expected, got pyaot_function
# Suspected cause: the separate pyaot_function type (runtime/aot_func.c) is
# not a subclass of PyFunction_Type (CPython's function type is not
# subclassable, so this may have to stay a documented deviation; it is not in
# docs/language-support.md yet).
import inspect, types
def f(a, b=1):
    return a
print(isinstance(f, types.FunctionType), inspect.isfunction(f))
print(inspect.getsourcefile(f) is not None)
print(inspect.getsource(f).splitlines()[0])
