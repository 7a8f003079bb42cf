"""f-strings over int/float/bool locals: '=', conversions, nested width/precision from locals."""
def show(n):
    x = n * 0.1
    w = n + 6
    p = n % 4
    b = not n
    big = n * 2**62
    out = []
    out.append(f"{x=} {w=} {b=} {big=}")
    out.append(f"{x!r:>{w}}|{x!s:<{w}}|{x!a}")
    out.append(f"{x:{w}.{p}f}|{big:>{w},}|{w:#0{w}b}|{b!r:^{w}}")
    out.append(f"{x * 2 = :.3e}|{w // 2 = }|{ -big = :_}")
    out.append(f"{x:%}|{x:.{p}%}|{big:e}|{w:c}|{p:o}|{n:+}")
    out.append(f"{'nested ' + f'{x:.1f}' + str(w)}")
    return out

for n in (0, 1, 3, 7, -2):
    for line in show(n):
        print(line)

def loop_fmt(n):
    s = ""
    f = 1.0
    for i in range(n):
        f /= 3
        s += f"[{i:02}:{f:.{i}g}:{i * 2**61:x}]"
    return s
print(loop_fmt(6))
