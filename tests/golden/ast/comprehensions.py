pairs = [(i, j) for i in range(3) if i for j in range(i) if j != 1]
squares = {k: k * k for k in range(4)}
evens = {v for v in range(10) if v % 2 == 0}
nested = [[c for c in row] for row in ["ab", "cd"]]
