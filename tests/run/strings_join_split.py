# Splitting and joining with various separators.
csv = "name,age,city\nann,30,paris\nbob,25,rome\n"
rows = [line.split(",") for line in csv.strip().split("\n")]
print(rows)
header = rows[0]
for row in rows[1:]:
    print(dict(zip(header, row)))
print("|".join([r[0].upper() for r in rows]))
print("  many   spaces here ".split(), "  many   spaces ".split(" "))
print("a\tb\nc  d".split(), "".split(), "".split(","), " ".split(" "))
print("one two three".split(maxsplit=1), "x".join("abc"))
print("\n".join(["l1", "l2"]).splitlines(keepends=True))
words = "the cat sat on the mat".split()
print(" ".join(sorted(set(words))), len(words))
