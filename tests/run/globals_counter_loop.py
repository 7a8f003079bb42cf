# Global state updated from functions in a loop.
total = 0
history = []


def add(n):
    global total
    total += n
    history.append(total)


def add_twice(n):
    add(n)
    add(n)


for i in range(1, 6):
    add_twice(i)
print(total, history)
total = "reset"
try:
    add(1)
except TypeError as e:
    print("TypeError:", e)
print(total)
