# Structural pattern matching is not supported yet.
# error: 6:5: unsupported: 'match' statements


def describe(value):
    match value:
        case 0:
            return "zero"
        case _:
            return "other"
