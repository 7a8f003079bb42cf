log = []
def msg(x):
    log.append(x)
    return "message %d" % x

for i in range(4):
    try:
        assert i % 2 == 0, msg(i)
        log.append("ok %d" % i)
    except AssertionError as e:
        log.append("failed: " + str(e))
print(log)
try:
    assert [], [1, 2]
except AssertionError as e:
    print(e.args)
try:
    assert 0
except AssertionError as e:
    print(e.args)
def bad_msg():
    raise ValueError("msg eval failed")
try:
    assert False, bad_msg()
except ValueError as e:
    print("ValueError", e)
try:
    assert 1 < 2 < 1, (lambda: "lazy")()
except AssertionError as e:
    print(e)
n = 0
def counter():
    global n
    n += 1
    return n
for _ in range(5):
    assert counter(), "never"
print(n)
import builtins
orig = builtins.AssertionError
try:
    assert None, None
except AssertionError as e:
    print(repr(e), e.args)
