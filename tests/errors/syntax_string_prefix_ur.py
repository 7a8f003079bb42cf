# error: 2:5: invalid syntax
y = ur"a"
