# error: 2:1: cannot use assignment expressions with lambda
lambda: x := 1
