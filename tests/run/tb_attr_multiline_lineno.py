# Attribute loads, method calls and stores split over lines report the
# attribute name's line.
import sys

def attr():
    o = None
    return (o
            .missing)

def method():
    return "x".upper(
    ).lower(
    ).nonexistent()

def store():
    o = 5
    (o
     .attr) = 3

for fn in (attr, method, store):
    try:
        fn()
    except AttributeError as e:
        print(fn.__name__, e.__traceback__.tb_next.tb_lineno)
