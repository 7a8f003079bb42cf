# Nested containers: building, mutating and reading.
db = {"users": [], "index": {}}
for i, name in enumerate(["ann", "bob", "cat"]):
    user = {"id": i, "name": name, "tags": []}
    db["users"].append(user)
    db["index"][name] = i
db["users"][1]["tags"] += ["admin", "ops"]
db["users"][db["index"]["cat"]]["tags"].append("new")
for u in db["users"]:
    print(u["id"], u["name"], u["tags"])
grid = [[(r, c) for c in range(3)] for r in range(2)]
print(grid[1][2], len(grid), len(grid[0]))
tree = [1, [2, [3, [4, None]]]]
node = tree
total = 0
while node is not None:
    total += node[0]
    node = node[1]
print(total)
shared = [0]
aliases = [shared] * 3
aliases[0][0] = 7
print(aliases)
