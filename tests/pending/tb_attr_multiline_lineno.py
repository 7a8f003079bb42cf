# Traceback line for an attribute access split over lines.
# CPython 3.11 reports the line of the attribute name: load '.missing' line 10,
# method call '.nonexistent(' line 15, store '.attr' line 20; pyaot reports
# the line where the expression starts (9, 13, 19).
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
