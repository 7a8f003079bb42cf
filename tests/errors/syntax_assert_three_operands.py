# An assert takes a test and one message.
# error: 3:14: invalid syntax
assert 0, "a", "b"
