"""% and // by an int module constant expect its value (expect=); a
float constant, a local divisor and a rebound name do not."""
MOD = 10**9 + 7
BASE = 10
SCALE = 2.5
LATER = 3
LATER = 4


def step(a, b, d):
    x = (a + b) % MOD
    y = a // BASE
    z = a % d
    w = a % LATER
    return x + y + z + w


def fstep(a):
    return a % SCALE


print(step(10, 20, 7), fstep(7.5))
