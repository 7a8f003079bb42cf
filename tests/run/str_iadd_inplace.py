# s += x on a str local appends in place when nothing else holds the
# string; any other holder, a non-str operand, s += s, or an unbound
# local must behave exactly as CPython's concatenation.
# expect-c: PyUnicode_Append(


def build(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
        if len(s) > 50:
            s = s[25:]
    return s


def shared(n):
    s = "ab"
    keep = []
    for i in range(n):
        keep.append(s)
        s += "x"
    return s, keep


def doubling(n):
    s = "a"
    for i in range(n):
        s += s
    return len(s)


def mixed(parts):
    s = ""
    for p in parts:
        s += p
    return s


def unbound():
    try:
        t += "x"
    except UnboundLocalError as e:
        return str(e)
    t = "never"


def nonstr():
    s = []
    s += "ab"
    n = 5
    n += 2
    return s, n


def hashed():
    s = "key"
    d = {s + "1": 1}
    k = s + "1"
    d[k]
    k += "2"
    return k, d


print(build(200), shared(3), doubling(5))
print(mixed(["a", "\u00e9", "\u20ac", "\U0001f600", "z"]))
try:
    mixed(["a", 1])
except TypeError as e:
    print("TypeError", e)
print(unbound(), nonstr(), hashed())
