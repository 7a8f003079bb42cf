# Signalling NaN through a float-specialized clone: x * 1.0, x - 0.0, x / 1.0
# and 1.0 * x quiet it as CPython's float arithmetic does (the generated C is
# built with -fsignaling-nans, so the C compiler does not fold them to x).
import struct

def f(x):
    return struct.pack("<d", x * 1.0).hex(), struct.pack("<d", x / 1.0).hex()

print(f(0.5))
snan = struct.unpack("<d", struct.pack("<Q", 0x7FF0000000000001))[0]
print(*list(map(f, [snan]))[0])
