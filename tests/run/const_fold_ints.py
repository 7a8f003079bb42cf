# Int operators on literals are folded as CPython folds them (within its
# 128-bit limits, never when they raise): small results become immediate
# words, big ones constants made once at import (the same object each
# time); module constants like MOD = 10**9 + 7 are predicted ints.
# expect-c: { 'o', 
# expect: f(int) -> obj native
MOD = 10**9 + 7
BIG = 1 << 64
NEG = -(2**63)

def f(x):
    return (x * 6364136223846793005 + 1442695040888963407) % (1 << 64), x % MOD, -5, ~7, 2**62, -2**62, 2**61 - 1 + 1

def g():
    return [1 << 64, (1 << 64) - 1, 2**64 // 3, -(2**70) % 7, 7 // -2, -7 % 3, 1 >> 100, -1 >> 100, 0 << 1000, 3 ** 40, 2 ** 127 * 1, 0x10 | 0o7 ^ 0b1, 1 << 129, 2 ** 200, 10 ** 0, (-2) ** 63, -(-2**63), ~(2**63)]

def h():
    try:
        return 1 // 0
    except ZeroDivisionError as e:
        return str(e)

def k():
    try:
        return 1 << -1
    except ValueError as e:
        return str(e)

print(f(12345), f(2**70), MOD, BIG, NEG, type(MOD))
print(g())
print(h(), k(), 2 ** -1, 10 % 3.5)
print(g()[0] is g()[0])


def zero_from_big():
    # the divisor folds to 0 from operands too big for 64 bits: it must
    # raise when run, not when the module is imported
    try:
        return 0 // (-(2**63) % 2)
    except ZeroDivisionError as e:
        return "ZeroDivisionError " + str(e)


print(zero_from_big(), (2**64) % 7, (2**64 + 5) // (2**64 + 1), 2**64 >> 60)
def f_flag(flag):
    if flag:
        return 1 // (2**63 - 2**63)
    return "not executed"
print("start")
print(f_flag(False))
try:
    x = 5 % ((1 << 64) - (1 << 64))
except ZeroDivisionError as e:
    print("caught:", e)
for fn in [lambda: 0 // (-(2**63) % 2), lambda: (2**64) % (2**64 - 2**64), lambda: 1 // ((2**63) % 2), lambda: (2**64) ^ 1 // (2**64 - 2**64), lambda: (-(2**63)) // (2**63 - 2**63)]:
    try:
        print(fn())
    except ZeroDivisionError as e:
        print("ZDE", e)
