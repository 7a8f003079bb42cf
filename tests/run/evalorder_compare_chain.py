# Comparison chains: middle operand evaluated once, short-circuit.
log = []

def t(tag, v):
    log.append(tag)
    return v

print(t("a", 1) < t("b", 2) < t("c", 3), log)
log.clear()
print(t("a", 1) < t("b", 0) < t("c", 3), log)
log.clear()
print(t("a", 1) == t("b", 1) != t("c", 2) is not t("d", None), log)
log.clear()
print(t("a", 1) in t("b", [1, 2]) in t("c", [True]), log)
log.clear()

# results are operands for non-bool comparisons
r = t("a", [1]) < t("b", [2])
print(r, type(r).__name__)

# chain in a condition
x = 5
if 0 < t("x", x) <= 10 > t("y", 3):
    print("in range", log)
log.clear()

# chain with type error in the middle
try:
    print(1 < t("s", "s") < 3)
except TypeError as e:
    print("TypeError:", e, log)
log.clear()

# walrus inside chain
if 0 < (n := t("n", 7)) < 10:
    print("n =", n, log)
log.clear()

# not applied to chain
print(not 1 < 2 < 3, not (1 > 2) < 3)

# long chain of equality
vals = [3, 3, 3, 3]
print(vals[0] == vals[1] == vals[2] == vals[3])
vals[2] = 4
print(vals[0] == vals[1] == vals[2] == vals[3])
# mixed numeric types in chain
print(1 < 1.5 < 2 < 2.5 < True + 2)
print(0 == 0.0 == False == -0.0)
