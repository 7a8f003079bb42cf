"""del of int/float locals inside loops, then reads (UnboundLocalError) and re-binding."""
def del_cycle(n):
    out = []
    k = 0
    for i in range(n):
        k = k * 2**20 + i
        if i % 3 == 2:
            del k
            try:
                out.append(k)
            except UnboundLocalError as e:
                out.append("unbound")
            k = i
        out.append(k % 1000)
    return out, k

print(del_cycle(8))

def del_float(n):
    x = 0.5
    res = []
    for i in range(n):
        x = x * 3.0 - i
        if x > 10:
            del x
            x = -1.5
        res.append(x)
    del x
    try:
        return res, x
    except UnboundLocalError as e:
        return res, str(e)
print(del_float(6))

def del_param(a, b):
    del a
    try:
        a + 1
    except UnboundLocalError as e:
        msg = str(e)
    a = b * 2**62
    return msg, a
print(del_param(1, 3), del_param(1.5, -1))

def conditional_bind(flag):
    if flag:
        v = 2**62
    try:
        return v + 1
    except UnboundLocalError as e:
        return str(e)
print(conditional_bind(True), conditional_bind(False))

def del_twice():
    z = 7
    del z
    try:
        del z
    except UnboundLocalError as e:
        return str(e)
print(del_twice())
