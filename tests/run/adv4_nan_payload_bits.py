"""NaN payload bits (incl. signalling-NaN tag-like patterns) through float-predicted code."""
import struct

def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]

def mk(u):
    return struct.unpack("<d", struct.pack("<Q", u))[0]

def ident(x):
    return x

def ops(x):
    y = x
    z = -x
    w = +x
    v = -(-x)
    m = x * 2.0
    a = x + 0.0
    s = 0.0 - x
    return [bits(t) for t in (y, z, w, v, m, a, s, ident(x), ident(-x))]

def driver():
    out = []
    f = 0.5
    out.append(ops(f))
    out.append(ops(-0.0))
    for u in (0x7FF4000000000000, 0x7FF4000000000001, 0xFFF4000000000000, 0xFFF4123456789ABC,
              0x7FF7FFFFFFFFFFFF, 0x7FF8000000000000, 0xFFF8000000000001, 0x7FF0000000000001,
              0x7FFC000000000000, 0x7FF3FFFFFFFFFFFF, 0x7FF0000000000000, 0xFFF0000000000000):
        x = mk(u) * 1.0 if u == 0 else mk(u)
        out.append((hex(u), ops(x), list(map(ops, [x]))[0]))
    return out

for row in driver():
    print(row)

def accum(vals):
    t = 0.0
    res = []
    for v in vals:
        t = t + v
        res.append(bits(t))
    return res
print(accum([1.0, mk(0x7FF4000000000001), 2.0]))
print(accum([mk(0xFFF4000000000000), -1.0]))
