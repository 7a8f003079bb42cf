"""bench_script.py: a script that keeps its loops at module level, as quick
scripts do: no functions, every variable a module global."""

total = 0
for i in range(2500):
    for j in range(2500):
        total += (i ^ j) & 7
count = 0
n = 1
while n < 4000000:
    if n % 3 == 0 or n % 5 == 0:
        count += n
    n += 1
x = 0.0
for k in range(1, 2000000):
    x += 1.0 / (k * k)
print(f"script {total} {count} {x:.9f}")
print(f"checksum {(total ^ count) & 0xFFFFFFFF}")
