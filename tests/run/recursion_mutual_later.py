def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def start():
    return [is_even(i) for i in range(6)], collatz_len(27), parse("(()(()))")
print(start.__name__)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
def collatz_len(n):
    return 1 if n == 1 else 1 + (c_even(n) if n % 2 == 0 else c_odd(n))
def c_even(n): return collatz_len(n // 2)
def c_odd(n): return collatz_len(3 * n + 1)
def parse(s, i=0):
    depth, i = parse_group(s, i)
    return depth
def parse_group(s, i):
    best = 0
    while i < len(s) and s[i] == "(":
        d, i = parse_inner(s, i + 1)
        best = max(best, d)
    return best, i
def parse_inner(s, i):
    d, i = parse_group(s, i)
    assert s[i] == ")"
    return d + 1, i + 1
print(start())
def ping(n):
    return pong(n) if n else "done"
try:
    ping(3)
except NameError as e:
    print("NameError:", e)
def pong(n):
    return ping(n - 1)
print(ping(3))
