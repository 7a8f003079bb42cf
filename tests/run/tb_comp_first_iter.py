# A comprehension's first iterable is evaluated, and iter() called on it,
# in the enclosing frame: an error there has no <listcomp> entry (3.11),
# while errors in later iterables, conditions and the element do.
import traceback


def frames(e):
    return [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)]


def first_not_iterable(n):
    return [x for x in n]


def first_name_error():
    return {x: 1 for x in undefined_name}


def first_range_error(n):
    return {x for x in range(n)}


def nested_inner(rows):
    return [[y for y in r] for r in rows]


def later_iterable(rows):
    return [y for r in rows for y in r]


def element_error(xs):
    return [1 // x for x in xs]


def multiline(n):
    return [
        x
        for x in
        n
    ]


cases = [
    (first_not_iterable, (5,)),
    (first_name_error, ()),
    (first_range_error, ("a",)),
    (nested_inner, ([[1], 2],)),
    (later_iterable, ([[1], 2],)),
    (element_error, ([1, 0],)),
    (multiline, (None,)),
]
for fn, args in cases:
    try:
        fn(*args)
    except Exception as e:
        print(fn.__name__, type(e).__name__, e, frames(e))
print([x for x in range(3)], {k: v for k, v in [(1, 2)]})
print(first_not_iterable(range(4)), nested_inner([[1, 2], [3]]))
first_not_iterable(7)
