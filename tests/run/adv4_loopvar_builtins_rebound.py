"""Loop variables reassigned in the body; range/len/abs rebound in builtins mid-run."""
import builtins

def body_reassign(n):
    out = []
    for i in range(n):
        i = i * 2**61
        out.append(i)
        i += 0.5
        out.append(i)
        i = "s"
    return out, i

print(body_reassign(4))

def nested_same(n):
    out = []
    for i in range(n):
        for i in range(i, n):
            out.append(i)
    return out, i
print(nested_same(4))

def uses_builtins(xs):
    t = 0
    for k in range(len(xs)):
        t += abs(xs[k])
    return t

print(uses_builtins([-1, 2, -3]))
orig_range, orig_len, orig_abs = builtins.range, builtins.len, builtins.abs
builtins.abs = lambda v: v * 10
print(uses_builtins([-1, 2, -3]))
builtins.len = lambda v: 2
print(uses_builtins([-1, 2, -3]))
builtins.range = lambda n: [n - 1, 0]
print(uses_builtins([-1, 2, -3]))
builtins.range, builtins.len, builtins.abs = orig_range, orig_len, orig_abs
print(uses_builtins([-1, 2, -3]))

def range_changes_during_loop():
    out = []
    for i in range(3):
        builtins.range = lambda *a: ["fake"]
        for j in range(2):
            out.append((i, j))
        builtins.range = orig_range
    return out
print(range_changes_during_loop())

def len_big():
    builtins.len = lambda v: 2**70
    try:
        n = len("x")
        return n, n + 1, n * 2, n // 3
    finally:
        builtins.len = orig_len
print(len_big())
def len_str():
    builtins.len = lambda v: "L"
    try:
        n = len("abc")
        m = n * 3
        return n, m, n + "!"
    finally:
        builtins.len = orig_len
print(len_str())
def count_down(n):
    while n:
        n -= 1
        if n == 2:
            n = 0.0
    return n
print(count_down(5), count_down(1))
