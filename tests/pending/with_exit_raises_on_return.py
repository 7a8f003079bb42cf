# When __exit__ raises while a `return` or `break` is leaving a `with` body,
# compiled code calls __exit__ a second time, now with the RuntimeError that
# the first __exit__ raised.
# Expected (CPython 3.11):
#   exit None / caught from exit / exit None / caught from exit / exit None / caught from exit
# Got: every "exit None" line is followed by an extra "exit RuntimeError".
# Suspected cause: the exit call on the return/break (and continue) path is
# emitted inside the region protected by the with's exception handler, so an
# exception from that __exit__ call is routed to the handler, which calls
# __exit__ again (normal fall-through exit is correct).
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
