# error: 2:7: invalid syntax
y = ur"a"
