# Arguments are references: mutation is visible, rebinding is not.
def mutate(lst, d):
    lst.append(99)
    d["new"] = True
    lst = [0]
    d = {}
    return lst, d


def rebind(n):
    n += 1
    return n


a = [1]
b = {}
print(mutate(a, b), a, b)
x = 5
print(rebind(x), x)
t = (1, [2])
t[1].append(3)
print(t)
s = "str"
print(rebind(len(s)), s)
