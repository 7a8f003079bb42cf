# Towers of Hanoi and recursive gcd/power.
moves = []


def hanoi(n, src, dst, via):
    if n == 0:
        return 0
    a = hanoi(n - 1, src, via, dst)
    moves.append((src, dst))
    b = hanoi(n - 1, via, dst, src)
    return a + b + 1


def fast_pow(b, e):
    if e == 0:
        return 1
    half = fast_pow(b, e // 2)
    if e % 2:
        return half * half * b
    return half * half


# expect: fast_pow(int, int) -> int native
print(hanoi(3, "A", "C", "B"), moves)
moves.clear()
print(hanoi(10, "A", "C", "B"), len(moves), moves[-1])
print(fast_pow(3, 13), fast_pow(2, 100), fast_pow(-2, 63))
