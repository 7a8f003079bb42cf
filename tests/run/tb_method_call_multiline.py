# A method call whose name is on a later line than the call's start: an
# error raised by the call is reported at the call's first line (3.11+;
# the name's line on 3.9/3.10), a failed lookup at the name's line.
import math


def call_error():
    return (math
            .factorial(-1))


def lookup_error():
    return (math
            .no_such_function(1))


def chained():
    return "a,b".split(
        ",").index(
        "z")


for fn in (call_error, lookup_error, chained):
    try:
        fn()
    except (ValueError, AttributeError) as e:
        print(fn.__name__, type(e).__name__, e.__traceback__.tb_next.tb_lineno)
