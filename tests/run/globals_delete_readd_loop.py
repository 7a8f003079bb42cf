def step(x):
    return x + 1

def run(n):
    out = []
    for i in range(n):
        try:
            out.append(step(i))
        except NameError as e:
            out.append(str(e))
        if i == 1:
            del globals()["step"]
        if i == 3:
            globals()["step"] = lambda x: x * 100
        if i == 4:
            globals().pop("step")
            globals()["step"] = abs
    return out

print(run(7))
g = globals()
for name in ["alpha", "beta", "gamma"]:
    g[name] = len(name)
print(alpha + beta + gamma)

def reads():
    return alpha, beta, gamma
print(reads())
for name in ["alpha", "beta"]:
    del g[name]
try:
    reads()
except NameError as e:
    print(e)
alpha = beta = 0
print(reads())
g.update({"len": lambda s: -1})
def uses_len():
    return len("abc")
print(uses_len())
del len
print(uses_len())
g.setdefault("missing_default", 5)
print(missing_default)
