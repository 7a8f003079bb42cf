"""Range-loop counters seen after the loop: empty ranges, break, del in body, unbound reads."""
def after(n, stop_at):
    for i in range(n):
        if i == stop_at:
            break
    try:
        return i
    except UnboundLocalError as e:
        return "Unbound: " + str(e)

print(after(5, 2), after(5, 9), after(0, 0), after(-3, 0))

def del_in_body(n):
    out = []
    for i in range(n):
        out.append(i * i)
        if i % 2:
            del i
    try:
        out.append(i)
    except UnboundLocalError:
        out.append("unbound")
    return out
print(del_in_body(4), del_in_body(3), del_in_body(0))

def body_then_use(n):
    k = 0
    for i in range(1, n, 3):
        k += i
    for j in range(n, 0, -4):
        k -= j
    return k, i, j
print(body_then_use(10), body_then_use(100))
try:
    print(body_then_use(1))
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def nested_break(n):
    hits = []
    for a in range(n):
        for b in range(a, n):
            if a * b > n:
                break
            hits.append(b - a)
        else:
            hits.append("no-break")
            continue
        hits.append(("broke", a, b))
    return hits, a, b
print(nested_break(5))

def walrus_in_range(n):
    out = []
    for i in range(m := n * 2):
        if (sq := i * i) > m:
            out.append(sq)
    return out, m, sq
print(walrus_in_range(4))

def unpack_loop(n):
    acc = []
    for i, v in enumerate(range(n, 0, -1)):
        acc.append(i * v)
    for (i, v) in zip(range(3), range(2**62, 2**62 + 3)):
        acc.append(v - i)
    return acc, i, v
print(unpack_loop(4))

def while_counter(n):
    i = 0
    while (i := i + 2**60) < n:
        pass
    return i
print(while_counter(2**63), while_counter(0))
