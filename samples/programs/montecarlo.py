"""Monte-Carlo estimate of pi using a hand-written LCG on Python ints."""

_state = 1


def seed(s):
    global _state
    _state = s


def rand():
    global _state
    _state = (_state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (_state >> 11) / 9007199254740992.0


def estimate_pi(samples):
    inside = 0
    for _ in range(samples):
        x = rand()
        y = rand()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / samples


def lcg_walk(steps, s):
    pos = 0
    maxpos = 0
    for _ in range(steps):
        s = (s * 1103515245 + 12345) & 0x7FFFFFFF
        if (s >> 16) & 1:
            pos += 1
        else:
            pos -= 1
        if pos > maxpos:
            maxpos = pos
    return pos, maxpos


def main():
    seed(20240601)
    pi = estimate_pi(1000000)
    print("pi ~ %.6f" % pi)
    print("walk", lcg_walk(3000000, 42))


if __name__ == "__main__":
    main()
