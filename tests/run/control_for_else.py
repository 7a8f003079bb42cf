# for loops with else over several iterable kinds.
def first_negative(seq):
    for i, v in enumerate(seq):
        if v < 0:
            print("found", v, "at", i)
            break
    else:
        print("none negative")


first_negative([1, 2, -3, 4])
first_negative((5, 6))
first_negative([])
for ch in "abc":
    print(ch, end=" ")
print()
for k in {"x": 1, "y": 2}:
    print(k, end=" ")
print()
for k, v in {"x": 1, "y": 2}.items():
    print(k, v, end="; ")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for x in iter([7, 8]):
    print(x)
for x in reversed([1, 2, 3]):
    if x == 2:
        continue
    print("rev", x)
else:
    print("completed")
