import traceback

def inner(x):
    return {"a": 1}[x]

def make_set(keys):
    return {inner(k) for k in keys}

def make_dict(keys):
    return {k: inner(k) for k in keys}

for fn in (make_set, make_dict):
    try:
        fn(["a", "b"])
    except KeyError as e:
        names = [fs.name for fs in traceback.extract_tb(e.__traceback__)]
        lines = [fs.lineno for fs in traceback.extract_tb(e.__traceback__)]
        print(fn.__name__, names, lines)

def comp_in_except():
    try:
        return [1 // x for x in [1, 0]]
    except ZeroDivisionError as e:
        return [fs.name for fs in traceback.extract_tb(e.__traceback__)]
print(comp_in_except())
top = [k for k in range(3)]
try:
    top = [int(s) for s in ["1", "x"]]
except ValueError as e:
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)], top)
make_dict(["a", "z"])
