"""The depth counter after a deep compiled recursion returns (normally, by an
exception, by RecursionError) must not leak into later callback recursion."""
import sys
import functools
def deep(n):
    if n == 0:
        return 0
    return deep(n - 1) + 1

def chain(n):
    if n == 0:
        return 0
    return list(map(chain, [n - 1]))[0] + 1

def chain_sorted(n):
    if n == 0:
        return 0
    return sorted([n - 1], key=chain_sorted)[0] + 1 if n > 0 else 0

def chain_reduce(n):
    if n == 0:
        return 0
    return functools.reduce(lambda a, b: a + chain_reduce(b), [n - 1], 1)

def driver(k):
    out = []
    out.append(deep(k))
    for fn in (chain, chain_sorted, chain_reduce):
        try:
            out.append(fn(150))
        except RecursionError:
            out.append("RE")
    out.append(deep(k))
    try:
        out.append(list(map(deep, [k]))[0])
    except RecursionError:
        out.append("RE2")
    return out

print(driver(900))
print(driver(950))
print(driver(10))

def deep_exc(n):
    if n == 0:
        raise ValueError("bottom")
    return deep_exc(n - 1)

def after_exc():
    try:
        deep_exc(950)
    except ValueError:
        pass
    return chain(150), deep(900)

print(after_exc())

def after_re():
    try:
        deep(10**6)
    except RecursionError:
        pass
    return chain(150), deep(900), chain_reduce(120)

print(after_re())
print(sorted([3, 1, 2], key=lambda v: deep(900) - v))
print(list(map(lambda v: deep(v), [900, 950])))
