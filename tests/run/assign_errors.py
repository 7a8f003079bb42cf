# Unpacking error messages.

def too_many():
    a, b = [1, 2, 3]


def too_few():
    a, b, c = (1, 2)


def star_too_few():
    a, b, *c = [1]


def not_iterable():
    a, b = 5


def none_value():
    a, b = None


def string_len():
    a, b = "abc"


for fn in [too_many, too_few, star_too_few, not_iterable, none_value, string_len]:
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(fn.__name__, type(e).__name__, e)
