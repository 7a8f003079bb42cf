# isinstance and type checks dispatching in plain functions.
def describe(v):
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    if isinstance(v, float):
        return "float"
    if isinstance(v, (list, tuple)):
        return "sequence of " + str(len(v))
    if isinstance(v, dict):
        return "mapping"
    if v is None:
        return "none"
    return type(v).__name__


for v in [True, 3, 2 ** 80, 1.5, [1], (1, 2), {}, None, "s", b"b", range(2), 1j]:
    print(repr(v), describe(v))
print(isinstance(True, bool), isinstance(True, int), type(True) == int)
print(isinstance(3, (float, (str, int))), isinstance([], ()))
