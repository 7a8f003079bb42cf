# A module loop over a global list, indexing a global dict and appending
# to a global list: containers of plain values are guarded like plain
# values ("read"), then the loop's globals are kept in registers.
data = [3, 1, 4, 1, 5]
weights = {1: 10, 3: 30, 4: 40, 5: 50}
out = []
total = 0
for x in data:
    total += weights[x] * x
    out.append(total)
print(total, out)
