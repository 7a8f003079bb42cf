"""A format spec starting with "=" is not a walrus: f"{x:=10}" pads x."""
x = 2.5
print(f'{x:=+10.2f}|{x:=10}|{x:=^12}|{x:=}|{x :=8}')
n = -42
print(f'{n:=6}|{n:=+08d}|{n:=,}')
print(f'{(n:=7)}', n)
print(x, f"{x=:=10}")
def g(v, w):
    return f"[{v:=12}] [{w:=+9.3f}] [{v:=}]"
print(g(-5, 3.25), g(10**30, -0.0))
# A spec starting with '=' may hold nested fields that are names.
title = "hi"
width = 10
prec = 2
print(f"{title:=^{width}}|{title:=>{width}}|{3:=+{width}}")
print(f"{3.14159:=^{width}.{prec}f}")
