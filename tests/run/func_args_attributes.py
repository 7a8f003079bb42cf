# Function attributes.
def outer(a, b=1, *, c=2):
    "outer doc"
    return a + b + c


def helper():
    def inner(x):
        return x + 1
    return inner


print(outer.__name__, outer.__qualname__, outer.__doc__, outer.__module__)
print(outer.__defaults__, outer.__kwdefaults__, outer.__dict__)
outer.tag = "tagged"
outer.count = 3
print(outer.tag, outer.count, sorted(outer.__dict__.items()))
inner = helper()
print(inner.__name__, inner.__qualname__, inner(1), inner.__defaults__, inner.__kwdefaults__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__, lam.__doc__)
outer.__name__ = "renamed"
print(outer.__name__, outer.__qualname__, callable(outer))
print(outer.__code__.co_name, outer.__code__.co_argcount, outer.__code__.co_varnames[:3])
