import builtins

def measure(items):
    total = 0
    for i in range(len(items)):
        total += i
    return total

print(measure([1, 2, 3, 4]))
real_len = builtins.len
real_range = builtins.range
builtins.len = lambda x: 2
print(measure([1, 2, 3, 4]))
builtins.range = lambda n: [100] * n
print(measure("abcdef"))
builtins.len = real_len
builtins.range = real_range
print(measure([1, 2, 3, 4]))

def module_len(x):
    return 7
len = module_len
print(measure("ab"), len("ab"))
del len
print(measure("ab"), len("ab"))
counts = []
for obj in [[], (1,), "abc", {1: 2}, {1, 2, 3, 4}, range(5), b"xy", bytearray(3), memoryview(b"abcdefg")]:
    counts.append(len(obj))
print(counts)
LenObj = type("LenObj", (), {"__len__": lambda self: 42})
print(len(LenObj()))
Bad = type("Bad", (), {"__len__": lambda self: -1})
try:
    len(Bad())
except ValueError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
