# Boolean operators in if/while conditions.
def classify(n):
    if n < 0 and n % 2 == 0:
        return "neg-even"
    elif n < 0 or n > 100:
        return "neg-odd-or-big"
    elif not n:
        return "zero"
    elif n % 3 == 0 and not n % 5 == 0:
        return "fizz"
    return "other"


for n in [-4, -3, 0, 101, 9, 15, 7]:
    print(n, classify(n))
i = 0
while i < 10 and not (i > 3 and i % 2 == 0):
    i += 1
print(i)
print(all([1, 2, 3]), all([]), any([0, "", 1]), any([]), all([1, 0]))
