# Augmented assignment accumulating in loops.
def accumulate(n):
    s = 0
    p = 1
    for i in range(1, n + 1):
        s += i
        p *= i
        p %= 1000003
    return s + p


# expect: accumulate(int) -> int native
print(accumulate(10), accumulate(1000))
text = ""
for w in ["a", "b", "c"]:
    text += w * 2
print(text)
bits = 0
for i in range(0, 64, 3):
    bits |= 1 << i
print(bits, bin(bits).count("1"))
x = 2
for _ in range(7):
    x **= 2
print(len(str(x)))
