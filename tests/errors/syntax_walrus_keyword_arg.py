# error: 3:14: invalid syntax
def f(b):
    print(a=b:=1)
