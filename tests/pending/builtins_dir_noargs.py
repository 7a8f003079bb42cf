# dir() with no arguments is not treated as a frame-reading builtin (unlike
# globals()/locals()/vars()), so it lists the nearest interpreted frame's
# locals (importlib's _call_with_frames_removed).
# Expected (CPython): "['local_v', 'p', 'q']" then "['a_global', 'f']".
# Got: "['args', 'f', 'kwds']" twice.
a_global = 1
def f(p, q=2):
    local_v = 3
    return dir()
print(f(1))
print([n for n in dir() if not n.startswith("__")])
