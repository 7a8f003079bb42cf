factor = 2
data = [1, 2, 3]

def comp():
    return [v * factor for v in data]

print(comp())
factor = 3
print(comp())
data = (10, 20)
print(comp())
res = []
for factor in range(3):
    res.append([v + factor for v in data])
print(res)

def nested():
    return {k: [k * j for j in range(factor)] for k in data}

print(nested())
del factor
try:
    nested()
except NameError as e:
    print(e)
factor = 1
print([[factor for _ in range(2)] for factor in range(3)], factor)
