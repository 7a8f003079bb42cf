# Signalling NaN through a float-specialized clone: the C compiler folds
# x * 1.0, x - 0.0, x / 1.0, 1.0 * x (and x * 1, x / 1 after the literal is
# made a float) to x, so the signalling NaN is returned unchanged instead of
# being quieted as CPython's float arithmetic does (generated C is built
# without -fsignaling-nans).
# CPython prints:  010000000000f87f 010000000000f87f
# compiled prints: 010000000000f07f 010000000000f07f
import struct

def f(x):
    return struct.pack("<d", x * 1.0).hex(), struct.pack("<d", x / 1.0).hex()

print(f(0.5))
snan = struct.unpack("<d", struct.pack("<Q", 0x7FF0000000000001))[0]
print(*list(map(f, [snan]))[0])
