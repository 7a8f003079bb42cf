"""Comprehensions over range/displays with walrus accumulators crossing 2**62 and int->float."""
def comp_walrus(n):
    acc = 1
    squares = [acc := acc * 7 for _ in range(n)]
    evens = [x for x in range(n) if (acc := acc + x) % 2 == 0]
    floats = [acc := acc / 2 for _ in range(3)]
    return squares[-3:], evens, floats, acc

print(comp_walrus(25))
print(comp_walrus(1))

def display_iter():
    out = []
    for v in [1, -2, 4611686018427387903, -4611686018427387904]:
        out.append((v + v, v * -1, v - 1, v // -1))
    for f in (0.5, -1.5, 1e308):
        out.append((f * 4, f + 1, -f))
    return out
print(display_iter())

def nested_comp(n):
    return [[i * j - 2**62 for j in range(i, n)] for i in range(n)]
print(nested_comp(4))

def dict_set_comp(n):
    d = {i: i ** 20 for i in range(-n, n)}
    s = {i * 2**61 for i in range(n)}
    return sorted(d.items())[:3], sorted(s), sum(d.values())
print(dict_set_comp(4))

def comp_exc(n):
    try:
        return [10 // (i - 3) for i in range(n)]
    except ZeroDivisionError as e:
        return "ZDE: %s" % e
print(comp_exc(3), comp_exc(5))

def shadow_range(n):
    vals = [i for i in range(n)]
    range_ = range
    vals2 = [i * 2 for i in range_(n, 0, -1)]
    return vals, vals2, [k for k in range(2**62, 2**62 + 3)], [k for k in range(-2**63, -2**63 - 4, -2)]
print(shadow_range(3))
