# Building strings by concatenation and repetition.
def build(n):
    s = ""
    for i in range(n):
        s += str(i)
    return s


print(build(15), len(build(200)))
print("ab" * 3, 3 * "xy", "a" * 0, "a" * -2, repr("" * 5))
print("a" + "b" + "c", "x" + str(1) + str(2.5) + str(None))
parts = []
for word in ["alpha", "beta", "gamma"]:
    parts.append(word[0].upper() + word[1:])
print(" ".join(parts))
try:
    print("a" + 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 + "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" * 1.5)
except TypeError as e:
    print("TypeError:", e)
s = "x"
s *= 4
s += "y"
print(s)
