# Walrus inside a comprehension binds in the containing scope.
def running_totals(xs):
    total = 0
    out = [total := total + x for x in xs]
    return out, total


print(running_totals([1, 2, 3, 4]))
print(running_totals([]))
matches = [m for w in ["a1", "bb", "c3"] if (m := w[-1]).isdigit()]
print(matches, m)
counts = {k: (c := k * 2) for k in range(3)}
print(counts, c)
