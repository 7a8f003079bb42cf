# nonlocal is not supported yet.
# error: 8:9: unsupported: 'nonlocal'


def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return bump
