# Conditional expressions.
def sign(x):
    return 1 if x > 0 else -1 if x < 0 else 0


def abs_val(x):
    return x if x >= 0 else -x


# expect: sign(int) -> int native
# expect: abs_val(int) -> int native
print([sign(v) for v in [-5, 0, 7]], [abs_val(v) for v in [-3, 0, 4]])
x = 5
print("even" if x % 2 == 0 else "odd", (x if x > 10 else 10) * 2)
print(["a" if i % 2 else "b" for i in range(4)])
print(("yes" if [] else "no"), ("yes" if [0] else "no"))
