# __exit__ raising while return/break/continue leaves a with body propagates
# once, from outside the with statement.
def exit_(self, t, v, tb):
    print("exit", t.__name__ if t else None)
    raise RuntimeError("from exit")
CM = type("CM", (), {"__enter__": lambda self: self, "__exit__": exit_})

def f():
    with CM():
        return 1

try:
    f()
except RuntimeError as e:
    print("caught", e)

for i in range(2):
    try:
        with CM():
            if i == 0:
                break
    except RuntimeError as e:
        print("caught", e)

for i in range(1):
    try:
        with CM():
            continue
    except RuntimeError as e:
        print("caught", e)
