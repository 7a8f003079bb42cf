# Slices whose bounds are predicted ints: exact lists (any step), tuples
# and strs (step 1) are sliced without a slice object; everything else
# (ranges, bytearrays, step 0, floats, strings, big ints) as CPython does.
# expect-c: AotObj_GetSliceTV(
# expect-c: AotObj_SetSliceTV(
def f(a, i, j, k):
    out = [a[i:j], a[i:], a[:j], a[:], a[::k], a[i:j:k], a[j:i:-1], a[::-1], a[-i:], a[:-j]]
    return out
def g(a, i, j, v):
    b = list(a)
    b[i:j] = v
    c = list(a)
    c[:i] = v
    c[j:] = v
    d = list(a)
    d[:] = d
    return b, c, d
L = list(range(10))
for args in [(2, 5, 2), (0, 0, 1), (5, 2, -1), (-3, 8, 3), (20, 30, 1), (-20, -30, -2), (3, 7, -3)]:
    print(f(L, *args))
    print(f(tuple(L), *args))
    print(f("abcdefghij", *args))
    print(f(range(10), *args))
    print(f(bytearray(b"0123456789"), *args))
    print(g(L, args[0], args[1], "xy"))
t = tuple(L)
print(f(t, 0, 10, 1)[3] is t, f("ab", 0, 2, 1)[3])
for bad in [(2, 5, 0), (1.5, 2, 1), ("a", 2, 1), (2**70, 3, 1), (1, -2**70, 2**70)]:
    try:
        print(f(L, *bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    g(L, 1, 2, 5)
except TypeError as e:
    print(e)
print(g(L, True, 2**65, [9]))
