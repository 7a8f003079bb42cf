grid = [[0] * 4 for _ in range(3)]
for i in range(3):
    for j in range(4):
        grid[i][j] += i * j
        grid[i][j] *= 2
print(grid)
counts = {}
for w in "the cat the hat the end".split():
    counts.setdefault(w[0], {}).setdefault(w, [0])[0] += 1
print(counts)
calls = []
def idx(n):
    calls.append(n)
    return n
m = [[1, 2], [3, 4]]
m[idx(1)][idx(0)] += idx(10)
print(m, calls)
t = ([1], [2])
try:
    t[0] += [5]
except TypeError as e:
    print("TypeError", e)
print(t)
s = [["a"], ["b"]]
s[1][0] += "c"
s[-1][-1] *= 3
print(s)
deep = {"x": [{"y": 1.5}]}
for _ in range(4):
    deep["x"][0]["y"] **= 2
print(deep)
arr = [[0, 0], [0, 0]]
for k in range(10):
    arr[k % 2][k // 5] -= k
    arr[k % 2][(k + 1) % 2] |= 1 << k
print(arr)
big = [[2**62]]
big[0][0] += 2**62
big[0][0] <<= 2
print(big)
