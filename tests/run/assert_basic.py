# assert statements that pass and fail.
assert True
assert 1 == 1, "not shown"
x = [1, 2]
assert x, "list empty"
try:
    assert len(x) == 3, "length is " + str(len(x))
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("AssertionError args:", e.args)
try:
    assert 0, ("tuple", "message")
except AssertionError as e:
    print(e.args)
calls = []


def msg():
    calls.append(1)
    return "m"


assert True, msg()
print(calls)
