# Names are NFKC-normalized as CPython does (PEP 3131): a ligature,
# full-width or styled letter binds the same name as its plain form,
# in assignments, defs, parameters, keywords, attributes, globals and
# f-string fields.
import math
ﬁle = 3
print(file)
ℌ = 1
print(H)


def ｆ(ｘ, *, ｋｅｙ=2):
    return ｘ + key


print(f(1, key=5), ｆ(x=2))
print(math.ｐｉ)
ᵢ = 7
print(i, f"{ᵢ} {ﬁle}")
g = [ｎ * 2 for ｎ in range(3)]
print(g)


def h():
    global ﬂag
    ﬂag = "set"


h()
print(flag)
print(sorted([k for k in globals() if not k.startswith("__")]))
π = 3
print(π)
