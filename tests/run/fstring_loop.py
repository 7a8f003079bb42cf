# f-strings in loops forming a table.
def row(i):
    return f"{i:3d} | {i * i:5d} | {i ** 0.5:8.4f} | {'even' if i % 2 == 0 else 'odd':>4}"


print(f"{'n':>3} | {'n^2':>5} | {'sqrt':>8} | {'par':>4}")
print("-" * 30)
for i in range(1, 11):
    print(row(i))
total = 0
lines = []
for i in range(5):
    total += i
    lines.append(f"step {i}: total={total}")
print("\n".join(lines))
