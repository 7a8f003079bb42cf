# error: 2:7: invalid syntax
hello world
