# error: 4:8: invalid syntax
with open(x := "f"):
    pass
with x := y:
    pass
