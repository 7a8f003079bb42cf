# Loop variables persist after loops and can be reassigned inside.
for i in range(5):
    i = i * 100
print(i)
for c in "":
    pass
try:
    print(c)
except NameError as e:
    print("NameError:", e)
total = 0
for i in range(1, 4):
    for i in range(i):
        total += i
print(total, i)
k = 0
while k < 3:
    k += 1
print(k)
data = [[1, 2], [3, 4]]
for row in data:
    row[0] = 0
print(data)
