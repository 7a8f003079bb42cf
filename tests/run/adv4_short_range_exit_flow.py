"""Int work that leaves the short range inside try/with/while/nested loops, then keeps going."""
import contextlib

def mixed_flow(n):
    a = 1
    b = -1
    log = []
    for i in range(n):
        try:
            a = a * 3 + i
            b = b * 5 - i
            if i % 7 == 6:
                raise ValueError(i)
            c = a // (i - 10)
        except ValueError as e:
            log.append(("VE", e.args[0], a % 1000, b % 1000))
            continue
        except ZeroDivisionError:
            log.append(("ZDE", i, a.bit_length(), b.bit_length()))
            a = a >> 40
            b = -(abs(b) >> 40)
        else:
            if c > 2**62:
                log.append(("big", i, c % 997))
        finally:
            a ^= 1
    return a, b, log

for n in (5, 12, 30, 45):
    print(mixed_flow(n))

def with_int(n):
    total = 0
    with contextlib.suppress(OverflowError):
        for i in range(n):
            total = total * 2**20 + i
            if total > 2**100:
                raise OverflowError
    k = total
    while k > 2**40:
        k = k // 2**13 - 1
    return total, k

print(with_int(3), with_int(10))

def countdown_big(x):
    steps = 0
    while x != 1 and steps < 1000:
        x = x // 2 if x % 2 == 0 else 3 * x + 1
        steps += 1
    return steps, x
print(countdown_big(2**62 - 1), countdown_big(2**62 + 1), countdown_big(27), countdown_big(-(2**62)))

def ret_in_loop(n):
    v = 2**61
    for i in range(n):
        v += v
        if v > 2**64:
            return "exit", i, v
    return "done", v
print(ret_in_loop(1), ret_in_loop(2), ret_in_loop(5))
