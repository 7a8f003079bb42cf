# break/continue inside finally blocks.
def loop_break_in_finally():
    out = []
    for i in range(5):
        try:
            out.append(i)
            if i == 2:
                raise KeyError(i)
        finally:
            if i == 2:
                break
    return out


def loop_continue_in_finally():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            out.append(i)
        finally:
            continue
    return out


print(loop_break_in_finally())
print(loop_continue_in_finally())


def nested_finally():
    log = []
    try:
        try:
            log.append(1)
            return log
        finally:
            log.append(2)
    finally:
        log.append(3)


print(nested_finally())
