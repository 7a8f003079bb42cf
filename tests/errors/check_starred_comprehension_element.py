# A starred element of a comprehension: CPython's own message.
# error: 3:6: iterable unpacking cannot be used in comprehension
x = [*a for a in [[1]]]
