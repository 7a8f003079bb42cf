counter = 0
items = []


def bump(n):
    global counter
    counter += n
    local = n * 2
    items.append(local)
    return len(items)


def shadow(print):
    return print


def uses_builtin(x):
    return len(x) + abs(-1)
