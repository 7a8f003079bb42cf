# Uncaught exception with notes, explicit cause and implicit context across frames.
def parse(s):
    return int(s)

def load(items):
    out = []
    for it in items:
        try:
            out.append(parse(it))
        except ValueError as e:
            e.add_note("while loading item %r" % (it,))
            raise RuntimeError("load failed") from e
    return out

def main():
    try:
        load(["1", "x"])
    except RuntimeError as err:
        err.add_note("note one")
        err.add_note("note two")
        raise LookupError("top", 2)

print("start")
main()
