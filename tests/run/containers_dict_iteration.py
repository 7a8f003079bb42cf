# Dict ordering, iteration and counting.
inventory = {}
for item in ["apple", "pear", "apple", "fig", "pear", "apple"]:
    inventory[item] = inventory.get(item, 0) + 1
print(inventory)
for k, v in sorted(inventory.items(), key=lambda kv: (-kv[1], kv[0])):
    print(k, v)
inverted = {v: k for k, v in inventory.items()}
print(inverted)
del inventory["pear"]
inventory["pear"] = 0
print(list(inventory))
print(sum(inventory.values()), max(inventory, key=inventory.get))
merged = dict(inventory)
merged.update(kiwi=4)
print(merged == inventory, merged)
print(list(reversed(merged)), list(reversed(merged.items()))[0])
