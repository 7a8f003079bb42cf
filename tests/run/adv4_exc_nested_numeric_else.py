"""Exceptions from % and // in nested int loops (try/else), and from a float while/else."""
def nested_loops_exc():
    found = []
    for a in range(-3, 4):
        try:
            for b in range(-3, 4):
                found.append(a % b if b else a // (b - b))
        except ZeroDivisionError as e:
            found.append((a, str(e)))
        else:
            found.append("else")
    return found
print(nested_loops_exc())

def while_else_exc(x):
    k = 0
    try:
        while x > 1.0:
            x = x / 2.0 - k
            k += 1
            if k == 5:
                raise OverflowError("k")
        else:
            return ("else", x, k)
    except OverflowError:
        return ("raised", x, k)
print(while_else_exc(10.0), while_else_exc(1e9), while_else_exc(0.5))
