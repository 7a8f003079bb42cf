# Compiled functions' type is named 'function', as in CPython's messages.
def f(): pass
print(type(f).__name__, type(lambda: 0).__name__)
try:
    f.nope
except AttributeError as e:
    print(e)
