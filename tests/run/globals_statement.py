# The global statement.
counter = 0
names = []


def bump(n):
    global counter
    counter += n
    return counter


def reset():
    global counter, names
    counter = 0
    names = ["reset"]


def create():
    global fresh
    fresh = "created at run time"


print(bump(1), bump(5), counter)
reset()
print(counter, names)
create()
print(fresh)


def reads_global():
    return counter + len(names)


counter = 100
print(reads_global())
