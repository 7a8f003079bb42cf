# Calls through variables, containers and builtins.
def add(a, b):
    return a + b


def sub(a, b):
    return a - b


table = {"add": add, "sub": sub}
fn = add
print(fn(2, 3), table["sub"](5, 2), [add, sub][1](9, 4))
print(list(map(add, [1, 2, 3], [10, 20, 30])))
print(sorted([3, 1, 2], key=lambda v: sub(0, v)))
callbacks = [add, sub, max, min, pow]
print([cb(7, 2) for cb in callbacks])
result = add(*divmod(17, 5))
print(result, add(b=1, a=2), (add)(1, 1))
print(add("x", "y"), add([1], [2]), add(1.5, 2))
