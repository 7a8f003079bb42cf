# Basic f-strings.
name = "World"
n = 42
x = 3.14159
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2} {-n}")
print(f"{x:.2f} {x:10.3f}| {x:<10.1f}| {x:e}")
print(f"{n:5d}|{n:<5d}|{n:^5d}|{n:05d}|{n:x}|{n:#o}|{n:b}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{{braces}} {'{'} {n}{{}}")
print(f"{name.upper()} {len(name)} {name[1:3]} {[1, 2][0]}")
print(f"{'nested ' + f'{n}'}", f"{n if n > 10 else 0}")
print(f"{n=}", f"{x=:.1f}", f"{name = }")
print(f"{1000000:,} {1000000:_} {0.25:%} {0.25:.0%}")
