# f-strings with nested format specs and conversions.
width = 10
prec = 3
val = 2.718281828
for w in [4, 8, 12]:
    print(f"[{val:{w}.{prec}f}]")
print(f"[{'text':>{width}}] [{'text':*<{width}}] [{'t':^{width}}]")
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 4.0, 1)]
for nm, price, qty in items:
    print(f"{nm:<12}{price:>8.2f}{qty:>5}{price * qty:>10.2f}")
print(f"{-5:+d} {5:+d} {5: d} {-0.0:f} {1e-10:.3g} {123456789:.3g}")
print(f"{True} {None} {[1, 'a']} {(1,)} {{'k': 1}}")
print(f"{3:{'>'}{5}}", f"{'x'!r:>6}")
