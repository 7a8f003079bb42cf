# error: 2:7: invalid syntax
a = b := 1
