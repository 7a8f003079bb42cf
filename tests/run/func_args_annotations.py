# Annotations are stored but not enforced.
def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> tuple:
    return (a, b, args, c, kw)


def g(x: int) -> int:
    return x * 2


print(f(1), f("not an int", 2, 3.5, c=[1], k=0))
print(g("ab"), g(2.5), g(3))
print(sorted(f.__annotations__.items(), key=lambda kv: kv[0]))
print(g.__annotations__)
total: int = 5
label: str
print(total, __annotations__)
