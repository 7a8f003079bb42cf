"""Float-predicted accumulators that stop being floats mid-loop (complex, objects, big ints)."""
Weird = type("Weird", (), {
    "__radd__": lambda s, o: ["radd", o],
    "__rmul__": lambda s, o: "rmul",
    "__rsub__": lambda s, o: 42,
})

def acc(items):
    t = 0.0
    hist = []
    for v in items:
        t = t * 1.5 + v
        t -= 0.25
        hist.append(t)
    return hist

print(acc([1, 2.5, 3]))
print(acc([1, 2j, 3.0, -1]))
try:
    print(acc([1, Weird(), 2]))
except TypeError as e:
    print("TypeError:", e)

def ratio(a, b):
    x = a * 1.0
    y = x / b
    z = y * y - x
    return y, z

print(ratio(3, 4), ratio(3, 4.0), ratio(1e308, 1e-308 + 0.0) if False else "", ratio(2.5, 0.5))
print(ratio(1j, 2), ratio(2, 1j))

def mixed_loop(n):
    f = 0.5
    out = []
    for i in range(n):
        f = f * 2 + i
        if i == 3:
            f = f * 1j
        if i == 5:
            f = abs(f)
        out.append(f)
    return out
print(mixed_loop(8))

def big_then_float(n):
    s = 1.5
    for i in range(n):
        s = s * 10.0 ** 50
    return s, s * 0.0, s - s, -s
print(big_then_float(3), big_then_float(7))
