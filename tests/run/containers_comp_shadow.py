# Nested comprehensions with shadowing; comprehension scope isolation.
x = "outer"
res = [x for x in range(3)]
print(res, x)

res = [[x for x in range(y)] for y in range(4)]
print(res, x)

res = [(x, y) for x in range(3) for y in range(x)]
print(res)

res = [x for x in [x for x in "ab"] for x in (x + "1", x + "2")]
print(res, x)

# first iterable evaluated in the enclosing scope
y = [10, 20]
res = [y for y in y]
print(res, y)

def f():
    z = [1, 2, 3]
    return [z for z in z if z > 1], z
print(f())

# nested comprehension referencing the outer comprehension variable (implicit closure)
res = [[i * j for j in range(i)] for i in range(4)]
print(res)
res = {i: {j: i + j for j in range(i)} for i in range(3)}
print(res)
res = {c for w in ["ab", "bc"] for c in w}
print(sorted(res))

# comprehension in a function using globals and locals
G = 3
def g(n):
    m = 2
    return [k * m + G for k in range(n) if k % m == 0]
print(g(7))

# loop variable leaks from for, not from comprehensions
for leak in range(3):
    pass
_ = [leak2 for leak2 in range(3)]
print(leak, "leak2" in globals())

# conditions in multiple places
res = [(a, b) for a in range(4) if a % 2 == 0 for b in range(a) if b != 1]
print(res)

# list comprehension with a lambda element (no free vars)
fs = [lambda q: q * 2 for _ in range(3)]
print([fn(5) for fn in fs])

# sorting stability with key functions
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
people.sort(key=lambda p: len(p[0]))
print(people)
print(sorted("bBaAcC", key=str.lower), sorted([3, -1, -3, 1], key=abs), sorted([[2], [1, 0], [1]]))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
