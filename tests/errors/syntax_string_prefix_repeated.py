# A string prefix may not repeat a letter: CPython reads it as a name,
# and the error is at the string after it.
# error: 4:9: invalid syntax
print(bb"a")
