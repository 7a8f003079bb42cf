"""RecursionError through sorted key=/map/reduce callbacks, mutual recursion,
setrecursionlimit changes (also mid-recursion), handlers and finally."""
import sys
import functools

def even(n):
    return True if n == 0 else odd(n - 1)

def odd(n):
    return False if n == 0 else even(n - 1)

def via_sorted(n):
    if n <= 0:
        return [0]
    return sorted([n], key=lambda v: via_sorted(v - 1)[0]) + [n]

def via_reduce(n):
    if n <= 0:
        return 0
    return functools.reduce(lambda a, b: a + via_reduce(b), [n - 1], 1)

def inf_sorted(n):
    return sorted([n], key=inf_sorted)

def inf_map(n):
    return list(map(inf_map, [n]))

def inf_reduce(n):
    return functools.reduce(lambda a, b: inf_reduce(b), [n, n], 0)

def try_it(fn, arg):
    try:
        r = fn(arg)
        return ("ok", r if not isinstance(r, list) else len(r))
    except RecursionError as e:
        return ("RecursionError", "maximum recursion depth exceeded" in str(e))

print(try_it(even, 300), try_it(odd, 301))
print(try_it(via_sorted, 50), try_it(via_reduce, 100))
for fn in (inf_sorted, inf_map, inf_reduce):
    print(fn.__name__, try_it(fn, 0))
print(try_it(even, 100000))
print(try_it(even, 500))
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
print(try_it(even, 150), try_it(even, 1000))
sys.setrecursionlimit(5000)
print(try_it(even, 3000))
sys.setrecursionlimit(old)
print(try_it(even, 3000), try_it(even, 400))

def set_inside(n):
    if n == 20:
        sys.setrecursionlimit(10000)
    if n == 0:
        return 0
    return 1 + set_inside(n - 1)

sys.setrecursionlimit(100)
print(try_it(set_inside, 50))
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)

def handler_recur(n):
    try:
        return handler_recur(n + 1)
    except RecursionError:
        if n % 2:
            raise
        return n > 0

print(try_it(handler_recur, 0))
print(try_it(even, 800))

def fin_recur(n, log):
    try:
        if n == 0:
            return 0
        return fin_recur(n - 1, log) + 1
    finally:
        log.append(n)

log = []
print(try_it(lambda k: fin_recur(k, log), 10**6), len(log) > 100, log[-1])
print(try_it(even, 900))
