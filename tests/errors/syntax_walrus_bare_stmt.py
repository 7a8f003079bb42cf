# error: 2:3: invalid syntax
x := 1
