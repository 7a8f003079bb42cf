def make():
    global counter, names
    counter = 0
    names = []

def bump(n):
    global counter
    for i in range(n):
        counter += i
        names.append(i)

def show():
    return counter, len(names)

try:
    show()
except NameError as e:
    print("before:", e)
make()
bump(5)
print(show())
bump(3)
print(show())

def remove():
    global counter
    del counter

remove()
try:
    bump(1)
except NameError as e:
    print("after del:", e)
print(len(names))
make()
print(show())
print([k for k in ["counter", "names"] if k in globals()])
