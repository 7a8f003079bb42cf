# error: 3:7: cannot assign to function call here. Maybe you meant '==' instead of '='?
q = [1]
while q.pop() = 1:
    pass
