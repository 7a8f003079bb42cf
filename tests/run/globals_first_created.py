def make():
    global fresh, other
    fresh = "made"
    other = [1]
def bump(n):
    global counter
    for _ in range(n):
        counter += 1
    return counter
def read():
    return fresh + str(len(other))
try:
    read()
except NameError as e:
    print("NameError:", e)
make()
print(read(), "fresh" in globals())
counter = 0
print(bump(5), bump(3), counter)
def bump_missing():
    global never_set
    never_set += 1
try:
    bump_missing()
except NameError as e:
    print("NameError:", e)
def via_tuple():
    global ga, gb
    ga, gb = 1, 2
    ga, gb = gb, ga
via_tuple()
print(ga, gb)
def via_for():
    global loopvar
    for loopvar in range(3):
        pass
via_for()
print(loopvar)
def via_import():
    global jsonmod
    import json as jsonmod
via_import()
print(jsonmod.dumps([1]))
def via_def():
    global made_fn
    def made_fn():
        return "made_fn"
via_def()
print(made_fn(), made_fn.__name__)
def via_with():
    global ctx
    import contextlib
    with contextlib.nullcontext(5) as ctx:
        pass
via_with()
print(ctx)
def via_except():
    global caught
    try:
        1 / 0
    except ZeroDivisionError as caught:
        pass
via_except()
try:
    print(caught)
except NameError as e:
    print("NameError:", e)
