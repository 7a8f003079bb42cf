# Nested and chained conditional expressions in various contexts.
def fizz(n):
    return "FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else str(n)


print(" ".join([fizz(i) for i in range(1, 21)]))
vals = [3, -1, 0, 8]
print([(v if v > 0 else 0) if v != 8 else 80 for v in vals])
key = lambda t: t[1] if t[0] == "num" else 0
print(sorted([("num", 5), ("str", 9), ("num", 1)], key=key))
print({k: ("big" if v > 5 else "small") for k, v in {"a": 3, "b": 7}.items()})
flag = True
print(f"{'on' if flag else 'off'}", (lambda v: "pos" if v > 0 else "neg")(-2))
