"""bools and IntEnum members into int-typed params/locals: &,|,^ keep bool type,
repr/str/type survive, abs/min/max/round/<< on them."""
def bits(a, b):
    x = a + 1
    return a & b, a | b, a ^ b, type(a & b).__name__, x, ~a, -a, +a, type(+a).__name__

print(bits(True, False), bits(True, True), bits(5, 3))

def loop_bits(a, b, n):
    r = []
    for i in range(n):
        c = a & b
        d = a | b
        r.append((c, d, repr(c), a ^ b))
        a, b = b, a
    return r

print(loop_bits(True, False, 2), loop_bits(6, 3, 2))

def use_bool_local(flag):
    k = flag
    m = k
    return m, repr(m), k is True, type(k).__name__, [k][0], str(k), f"{k}", k == 1

print(use_bool_local(True), use_bool_local(False), use_bool_local(3))

def abs_round(x):
    return abs(x), round(x), int(x), max(x, 0), min(x, 0), type(max(x, 0)).__name__, type(abs(x)).__name__

print(abs_round(True), abs_round(False), abs_round(-4))

def div_bool(a, b):
    return a // b, a % b, divmod(a, b), a ** b, type(a ** b).__name__

print(div_bool(True, True), div_bool(7, True), div_bool(False, 3))

def shift_bool(a, s):
    return a << s, a >> s, type(a << s).__name__

print(shift_bool(True, 0), shift_bool(True, 62), shift_bool(False, 100), shift_bool(5, False))

def int_sub(v):
    w = v
    y = w + 0
    return type(w).__name__, type(y).__name__, w, y

import enum
Color = enum.IntEnum("Color", "RED GREEN")
print(int_sub(Color.GREEN), int_sub(True))

def flag_math(f):
    t = f * 3
    u = f - f
    return t, u, repr(f), type(f).__name__

print(flag_math(Color.RED), flag_math(True))

def in_container(a):
    b = a
    return {b: "x"}, [b, b], (b,), {b}, b in [1], str(b)

print(in_container(True), in_container(Color.RED))
