# Default values are evaluated once, at definition time.
counter = [0]


def next_id():
    counter[0] += 1
    return counter[0]


def f(x, ident=next_id()):
    return (x, ident)


def append_to(item, target=[]):
    target.append(item)
    return target


print(f(1), f(2), counter)
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(f.__defaults__, len(append_to.__defaults__[0]))
base = 10


def h(n=base * 2):
    return n


base = 99
print(h(), h(5), h.__defaults__)
