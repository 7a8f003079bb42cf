width, prec = 10, 3
vals = [3.14159, -2.5, 1000.0]
for v in vals:
    print(f"[{v:{width}.{prec}f}]", f"[{v:>{width - 2}}]", f"[{v:{'+' if v > 0 else ''}.{prec - 1}e}]")
for w in range(3, 8, 2):
    for align in "<^>":
        print(f"|{'ab':{'*'}{align}{w}}|", end="")
    print()
name = "value"
print(f"{name!r:>{width}}", f"{name!s:^{width}}|", f"{name=}", f"{name.upper()=:>8}")
data = {"k": [1, 2, 3]}
print(f"{data['k'][1]:03d}", f"{len(data['k']) * 2:{'x'}}", f"{{literal}} {data['k']!r}")
n = 255
for spec in ["x", "#X", "08b", "o"]:
    print(f"{n:{spec}}", end=" ")
print()
print(f"{f'{n:x}':>6}", f"{'%d' % n:*^9}")
print(f"{3.0:{'.'}{2}f}", f"{12345:{','}}", f"{-7:{'='}{'+'}6}")
dt_like = 42
print(f"{dt_like:{'>'}{'1' '0'}}", f"{dt_like!a}")
