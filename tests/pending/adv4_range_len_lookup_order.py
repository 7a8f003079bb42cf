# `range` in `for ... in range(ARGS)`, `len` in `len(ARG)` and the
# frame-reading builtins (`eval`, `locals`, ...) are looked up
# after the arguments are evaluated, not before as CPython does (LOAD_GLOBAL
# of the callee comes first). An argument that rebinds or deletes the builtin
# changes which callable is used, and a missing builtin raises NameError only
# after the argument's side effects.
# CPython prints:            compiled prints:
#   [0, 1, 2]                  ['patched']
#   3                          patched
#   NameError: ...             argument evaluated
#   2                          NameError: ...
#                              patched-late
import builtins
real_range, real_len = range, len

def rebind_range():
    builtins.range = lambda n: ["patched"]
    return 3

def loop():
    return [i for i in range(rebind_range())]

print(loop())
builtins.range = real_range

def rebind_len():
    builtins.len = lambda s: "patched"
    return "abc"

print(len(rebind_len()))
builtins.len = real_len

def noisy():
    print("argument evaluated")
    return 2

del builtins.range
try:
    for i in range(noisy()):
        pass
except NameError as e:
    print("NameError:", e)
builtins.range = real_range

real_eval = builtins.eval

def patch_eval():
    builtins.eval = lambda s: "patched-late"
    return "1 + 1"

print(eval(patch_eval()))
builtins.eval = real_eval
