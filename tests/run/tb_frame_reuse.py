"""Traceback entries of one raise site, made again and again: tracebacks
that are kept, cleared, printed and re-raised must each still name their
own file, function and line (compiled code reuses an entry's frame once
nothing else holds it)."""
import sys
import traceback


def fail(x):
    if x % 3 == 0:
        raise ValueError("third %d" % x)
    return {}[x]


def collect(n):
    kept = []
    for i in range(n):
        try:
            fail(i)
        except (ValueError, KeyError) as e:
            kept.append(e)
    return kept


def lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


kept = collect(7)
for e in kept:
    print(type(e).__name__, e, lines(e))

# Clearing a kept traceback's frames must not break later entries.
traceback.clear_frames(kept[0].__traceback__)
del kept
for e in collect(4):
    print(lines(e))

# Many raises through the same sites, nothing kept.
count = 0
for i in range(3000):
    try:
        fail(i)
    except ValueError:
        count += 1
    except KeyError as e:
        count += len(lines(e))
print(count)

try:
    fail(5)
except KeyError:
    traceback.print_exc()
saved = collect(1)[0]
try:
    raise saved
except ValueError:
    print(lines(sys.exc_info()[1]))
try:
    fail(9)
except ValueError:
    traceback.print_exc()
