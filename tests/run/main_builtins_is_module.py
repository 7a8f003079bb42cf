# __builtins__ is the builtins module in __main__; functions have
# __builtins__ (the dict).
import builtins
def f(): pass
print(type(__builtins__).__name__)
print(__builtins__.print is print if hasattr(__builtins__, "print") else False)
print(f.__builtins__ is builtins.__dict__)
