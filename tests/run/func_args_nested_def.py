# Nested functions that use no variables of the enclosing function.
def make_ops():
    def double(x):
        return x * 2

    def inc(x, step=1):
        return x + step
    return [double, inc]


def apply_all(v):
    def local_helper(a, b):
        return a * b
    return local_helper(v, v + 1)


ops = make_ops()
print([op(10) for op in ops], ops[1](1, step=5))
print(ops[0].__qualname__, ops[1].__qualname__, ops[1].__defaults__)
print(apply_all(3), apply_all(-1))
a = make_ops()
print(a[0] is ops[0], a[0](3) == ops[0](3))
